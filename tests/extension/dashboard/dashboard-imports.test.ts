import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRY = resolve('extension/entrypoints/dashboard/main.tsx');
/** The one module the entrypoint may load on the extension page only: the seam between the two pages. */
const EXTENSION_PAGE_ONLY = resolve('extension/dashboard/session/extension-session-store.ts');

/** Packages that define or need a web extension environment, and throw or fail on the server's web page. */
const EXTENSION_ONLY = /^(wxt(\/|$)|#imports$|@wxt-dev\/|webextension-polyfill$)/;
/** Extension APIs called on the `browser` or `chrome` global. */
const EXTENSION_GLOBAL =
  /\b(browser|chrome)\.(runtime|storage|tabs|scripting|alarms|permissions|notifications|action|identity|windows)\b/;

/** The modules `file` loads when it runs: type-only imports and exports vanish in the build. */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly)
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly)
      specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) specifiers.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Every extension-only module or API the web page would load, each with the chain of imports that reaches it. */
function extensionOnlyReach(entry: string): string[] {
  const parent = new Map<string, string | null>([[entry, null]]);
  const chain = (file: string): string => {
    const up = parent.get(file);
    return up ? `${chain(up)} → ${relative('.', file)}` : relative('.', file);
  };
  const found: string[] = [];
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (EXTENSION_GLOBAL.test(readFileSync(file, 'utf8'))) found.push(`${chain(file)} calls an extension API`);
    for (const specifier of importsOf(file)) {
      if (EXTENSION_ONLY.test(specifier)) found.push(`${chain(file)} → ${specifier}`);
      if (!specifier.startsWith('.')) continue;
      const target = resolveRelative(file, specifier);
      if (!target || parent.has(target)) continue;
      if (file === ENTRY && target === EXTENSION_PAGE_ONLY) continue;
      parent.set(target, file);
      queue.push(target);
    }
  }
  return found;
}

describe("the dashboard's imports", () => {
  it('reach no extension-only module or API from the entrypoint, except the extension page session store it loads there', () => {
    const found = extensionOnlyReach(ENTRY);
    expect(found, found.join('\n')).toEqual([]);
  });

  it('reach no extension-only module or API from the mounted app either', () => {
    for (const start of ['extension/dashboard/mount-dashboard.tsx', 'extension/dashboard/dashboard-app.tsx']) {
      const found = extensionOnlyReach(resolve(start));
      expect(found, found.join('\n')).toEqual([]);
    }
  });

  it('finds the extension storage behind the seam, so the walk does see such imports', () => {
    expect(extensionOnlyReach(EXTENSION_PAGE_ONLY)).toEqual([
      'extension/dashboard/session/extension-session-store.ts → extension/settings/settings.ts → #imports',
    ]);
  });
});
