import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type { ErrorKey, ErrorText } from '../../shared/mutations/error-text';
import { invalidIssues } from '../http/validate';

export const MIN_PASSWORD_LENGTH = 10;
/** zxcvbn's "safely unguessable" (about 10^10 guesses and up): the scrypt hash holds against an offline attack. */
const MIN_SCORE = 3;
/** zxcvbn's cost grows steeply with length; past this many characters a password is long enough anyway. */
const CHECKED_LENGTH = 64;

type ZxcvbnWarning =
  | 'straightRow'
  | 'keyPattern'
  | 'simpleRepeat'
  | 'extendedRepeat'
  | 'sequences'
  | 'recentYears'
  | 'dates'
  | 'topTen'
  | 'topHundred'
  | 'common'
  | 'similarToCommon'
  | 'wordByItself'
  | 'namesByThemselves'
  | 'commonNames'
  | 'userInputs'
  | 'pwned';

/** zxcvbn's warnings by name, each a catalogue text: zxcvbn itself words them in English only. */
const WARNINGS: Record<ZxcvbnWarning, ErrorKey> = {
  straightRow: 'errors.password.warning.straightRow',
  keyPattern: 'errors.password.warning.keyPattern',
  simpleRepeat: 'errors.password.warning.simpleRepeat',
  extendedRepeat: 'errors.password.warning.extendedRepeat',
  sequences: 'errors.password.warning.sequences',
  recentYears: 'errors.password.warning.recentYears',
  dates: 'errors.password.warning.dates',
  topTen: 'errors.password.warning.topTen',
  topHundred: 'errors.password.warning.topHundred',
  common: 'errors.password.warning.common',
  similarToCommon: 'errors.password.warning.similarToCommon',
  wordByItself: 'errors.password.warning.wordByItself',
  namesByThemselves: 'errors.password.warning.namesByThemselves',
  commonNames: 'errors.password.warning.commonNames',
  userInputs: 'errors.password.warning.userInputs',
  pwned: 'errors.password.warning.pwned',
};

const warningNames = <T extends Record<string, string>>(warnings: T): T =>
  Object.fromEntries(Object.keys(warnings).map((name) => [name, name])) as T;

type Checker = { zxcvbn: ZxcvbnFactory; common: Set<string> };
let checker: Promise<Checker> | undefined;

/**
 * The dictionaries are megabytes: loaded on the first password set, once per process, and never
 * imported by anything the extension bundles. The l33t and Levenshtein variants are off because
 * they took half a second on some long passwords; the explicit checks below cover the cases they
 * would add most for (case and trailing digits).
 */
function loadChecker(): Promise<Checker> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    const zxcvbn = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      // Warnings come back as their own names, worded from the catalogue in the reader's language.
      translations: { ...en.translations, warnings: warningNames(en.translations.warnings) },
      maxLength: CHECKED_LENGTH,
      l33tMaxSubstitutions: 0,
      useLevenshteinDistance: false,
    });
    return { zxcvbn, common: new Set(common.dictionary['passwords-common']) };
  })();
  return checker;
}

/** Whose password it is: a password must not contain their address or name. */
export type PasswordOwner = { email: string; name: string };

/**
 * Why a password is refused, in words that follow the field's name ("New password: …"), or null.
 * Length, the owner's address and name, then the list of common passwords (also with its case
 * changed, digits and signs around it), then zxcvbn's estimate for everything else guessable
 * (keyboard rows, repeats, dates, common words strung together).
 */
export async function passwordProblem(password: string, owner: PasswordOwner): Promise<ErrorText | null> {
  if (password.length < MIN_PASSWORD_LENGTH) return { key: 'errors.password.tooShort', values: { min: MIN_PASSWORD_LENGTH } };
  const lower = password.toLowerCase();
  const email = owner.email.toLowerCase();
  const localPart = email.split('@')[0] ?? '';
  if (lower.includes(email) || (localPart.length >= 3 && lower.includes(localPart))) {
    return { key: 'errors.password.hasEmail' };
  }
  const nameWords = owner.name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  if (nameWords.some((word) => word.length >= 3 && lower.includes(word))) return { key: 'errors.password.hasName' };
  const { zxcvbn, common } = await loadChecker();
  if (commonForms(lower).some((form) => common.has(form))) {
    return { key: 'errors.password.common' };
  }
  const result = zxcvbn.check(password.slice(0, CHECKED_LENGTH), [email, localPart, ...nameWords]);
  if (result.score < MIN_SCORE) {
    const warning = result.feedback.warning;
    const why = warning && Object.hasOwn(WARNINGS, warning) ? WARNINGS[warning as ZxcvbnWarning] : null;
    return why
      ? { key: 'errors.password.guessable', values: { why: { key: why } } }
      : { key: 'errors.password.guessablePattern' };
  }
  return null;
}

/** The password itself and what is left after taking the digits and signs off both ends. */
function commonForms(lower: string): string[] {
  const trimmed = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const noTrailing = lower.replace(/[^\p{L}]+$/u, '');
  return [lower, trimmed, noTrailing].filter((form) => form.length > 0);
}

/** Refuses a password being set, naming the request's `field`: 400 with the reason in words. */
export async function requireAcceptablePassword(field: string, password: string, owner: PasswordOwner): Promise<void> {
  const problem = await passwordProblem(password, owner);
  if (problem) {
    throw invalidIssues('errors.input.invalid', [{ path: [field], message: problem }]);
  }
}
