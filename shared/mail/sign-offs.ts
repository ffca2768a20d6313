// Closing phrases that start a signature, per language. Compared lower-case, without trailing
// punctuation; a line may add a name after the phrase ("Mvh Kari", "Groeten, Jan").
const SIGN_OFFS = [
  // English
  'best regards',
  'kind regards',
  'warm regards',
  'regards',
  'best wishes',
  'best',
  'all the best',
  'many thanks',
  'thanks',
  'thank you',
  'thanks again',
  'thanks and regards',
  'cheers',
  'sincerely',
  'yours sincerely',
  'yours faithfully',
  // Norwegian
  'med vennlig hilsen',
  'vennlig hilsen',
  'vennleg helsing',
  'mvh',
  'hilsen',
  'beste hilsen',
  'takk',
  'ha en fin dag',
  // Danish
  'med venlig hilsen',
  'venlig hilsen',
  'de bedste hilsner',
  'bedste hilsner',
  'hilsen',
  'vh',
  // Swedish
  'med vänliga hälsningar',
  'med vänlig hälsning',
  'vänliga hälsningar',
  'vänlig hälsning',
  'hälsningar',
  'hälsning',
  'mvh',
  'tack',
  // Dutch
  'met vriendelijke groet',
  'met vriendelijke groeten',
  'vriendelijke groet',
  'vriendelijke groeten',
  'groeten',
  'groet',
  'mvg',
  'hartelijke groet',
  // German
  'mit freundlichen grüßen',
  'mit freundlichen grüssen',
  'freundliche grüße',
  'freundliche grüsse',
  'viele grüße',
  'viele grüsse',
  'beste grüße',
  'liebe grüße',
  'grüße',
  'mfg',
  'lg',
  // Spanish
  'saludos',
  'un saludo',
  'saludos cordiales',
  'un cordial saludo',
  'atentamente',
  'muchas gracias',
  'gracias',
];

const PHRASES = [...new Set(SIGN_OFFS)].sort((a, b) => b.length - a.length);
const NAME_AFTER = /^[\s,]+(\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u;

function normalise(line: string): string {
  return line
    .trim()
    .replace(/[\s,.!:;–-]+$/u, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The phrase a closing line starts with and the name written after it, if the line is a closing. */
export function matchSignOff(line: string): { phrase: string; name?: string } | null {
  const text = normalise(line);
  if (text === '' || text.length > 60) return null;
  for (const phrase of PHRASES) {
    if (text === phrase) return { phrase };
    if (!text.startsWith(phrase)) continue;
    // Only a capitalised name may follow: "Thanks Sasha, I can't go higher" is a sentence.
    const rest = line
      .trim()
      .replace(/[\s,.!]+$/u, '')
      .slice(phrase.length);
    const m = NAME_AFTER.exec(rest);
    if (m) return { phrase, name: rest.replace(/^[\s,]+/, '') };
  }
  return null;
}

export function isSignOff(line: string): boolean {
  return matchSignOff(line) !== null;
}

// "Sent from my iPhone" and its translations end a message without being a signature of a person.
const MOBILE_FOOTER =
  /^(?:sent from my|sendt fra min|sendt fra mi|skickat från min|verzonden (?:vanaf|met) mijn|von meinem .* gesendet|enviado desde mi|get outlook for)\b/iu;

export function isMobileFooter(line: string): boolean {
  return MOBILE_FOOTER.test(line.trim());
}
