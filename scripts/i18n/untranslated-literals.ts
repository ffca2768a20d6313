import ts from 'typescript';
import { hasTranslatableWords } from './brand-words';

export type Finding = { file: string; line: number; text: string; why: string };

/** Attributes a user reads or a screen reader speaks. */
const TEXT_ATTRIBUTES = new Set(['placeholder', 'title', 'aria-label', 'aria-description', 'alt', 'label']);

/** Properties of UI tables (`{ value: 'call', label: 'Call' }`) and props that hold text for a person. */
const TEXT_PROPERTIES = new Set(['label', 'title', 'placeholder', 'hint', 'empty', 'heading', 'confirm', 'emptyText']);

/** `setStatus('Saved.')`, `setError('…')`: state setters whose value is shown as is. */
const TEXT_SETTER = /^set\w*(Status|Error|Message|Notice|Hint|Label)$/;

/** `'companies.card.title'`: a catalogue key, not text. */
const MESSAGE_KEY = /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/;

const DIALOGS = new Set(['confirm', 'alert', 'prompt']);

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

/** The literals an expression may evaluate to: `a ? 'Yes' : 'No'`, `x && 'Shown'`, `x ?? 'None'`, `('…')`. */
function outcomes(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return outcomes(node.expression);
  if (ts.isConditionalExpression(node)) return [...outcomes(node.whenTrue), ...outcomes(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return outcomes(node.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      return [...outcomes(node.left), ...outcomes(node.right)];
    }
    if (op === ts.SyntaxKind.PlusToken) return [...outcomes(node.left), ...outcomes(node.right)];
  }
  return [node];
}

const calleeName = (call: ts.CallExpression) => {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
};

/**
 * Text a person would read that is written into the code instead of coming from the catalogues:
 * JSX text, text attributes, literals rendered in JSX, label tables, dialog and status texts.
 */
export function untranslatedLiterals(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string, why: string) => {
    if (MESSAGE_KEY.test(text) || !hasTranslatableWords(text)) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    findings.push({ file, line, text: text.trim().replace(/\s+/g, ' ').slice(0, 80), why });
  };
  const reportOutcomes = (expression: ts.Expression, why: string) => {
    for (const node of outcomes(expression)) {
      const text = literalText(node);
      if (text !== null) report(node, text, why);
    }
  };

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text, 'JSX text');
    else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text, `${node.name.getText(sf)}=`);
      else if (ts.isJsxExpression(init) && init.expression) reportOutcomes(init.expression, `${node.name.getText(sf)}=`);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      reportOutcomes(node.expression, 'rendered literal');
    } else if (ts.isPropertyAssignment(node) && TEXT_PROPERTIES.has(node.name.getText(sf))) {
      reportOutcomes(node.initializer, `${node.name.getText(sf)}:`);
    } else if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      const [first] = node.arguments;
      if (first && (DIALOGS.has(name) || TEXT_SETTER.test(name))) reportOutcomes(first, `${name}()`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}
