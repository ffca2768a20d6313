import ts from 'typescript';
import { hasTranslatableWords } from './brand-words';
import type { Finding } from './untranslated-literals';

/** `'errors.field.required'`: a catalogue key, not text. */
const MESSAGE_KEY = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/;

/** The argument that holds the message of each error the server answers with. */
const ERROR_MESSAGE_ARGUMENT: Record<string, number> = { AppError: 2, MutationError: 1 };

/**
 * zod checks and where their own message goes (`.min(1, 'is required')`, `z.email({ message })`):
 * after the bound for those that take one, first for the rest.
 */
const ZOD_MESSAGE_ARGUMENT: Record<string, number> = {
  min: 1,
  max: 1,
  length: 1,
  gt: 1,
  gte: 1,
  lt: 1,
  lte: 1,
  multipleOf: 1,
  regex: 1,
  startsWith: 1,
  endsWith: 1,
  includes: 1,
  refine: 1,
  int: 0,
  positive: 0,
  nonnegative: 0,
  negative: 0,
  nonpositive: 0,
  nonempty: 0,
  email: 0,
  url: 0,
  uuid: 0,
  addIssue: 0,
};

const literalText = (node: ts.Node): string | null => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
};

/** A message given as is, or as the `message`/`error` of an options object. */
function messagesIn(node: ts.Expression): ts.Node[] {
  if (!ts.isObjectLiteralExpression(node)) return [node];
  return node.properties.flatMap((p) =>
    ts.isPropertyAssignment(p) && ['message', 'error'].includes(p.name.getText()) ? [p.initializer] : [],
  );
}

/**
 * English the server would send a person without going through the catalogues: literal messages of
 * `new AppError(…)` and `new MutationError(…)`, and messages written into zod checks of the shared
 * schemas the server validates requests with (their issues reach the client).
 */
export function serverLiterals(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  // The server's own schemas (env.ts, register parsers) speak to its operator, not to a user.
  const schemas = file.startsWith('shared/');
  const findings: Finding[] = [];
  const report = (node: ts.Node, why: string) => {
    const text = literalText(node);
    if (text === null || MESSAGE_KEY.test(text) || !hasTranslatableWords(text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    findings.push({ file, line, text: text.trim().replace(/\s+/g, ' ').slice(0, 80), why });
  };
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
      const index = ERROR_MESSAGE_ARGUMENT[node.expression.text];
      const message = index === undefined ? undefined : node.arguments?.[index];
      if (message) report(message, `new ${node.expression.text}()`);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      const index = schemas ? ZOD_MESSAGE_ARGUMENT[name] : undefined;
      const argument = index === undefined ? undefined : node.arguments[index];
      if (argument) for (const message of messagesIn(argument)) report(message, `.${name}() message`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}
