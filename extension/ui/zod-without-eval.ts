/**
 * Zod compiles fast object parsers with `new Function` unless told not to, and probes for it with
 * `Function('')` when each object schema is built, at module load. Pages under a policy without
 * 'unsafe-eval' (the dashboard at `/`, every extension page) refuse that, and Chromium reports each
 * refusal as a policy violation, so a real one would be lost among them. Zod reads its settings from
 * this global when it loads, so this module imports nothing (not even zod): a page calls it first and
 * only then imports the code that defines schemas.
 */
export function parseWithoutEval() {
  // In place: zod keeps a reference to this object once it has loaded.
  const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
  (holder.__zod_globalConfig ??= {}).jitless = true;
}
