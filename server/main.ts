import { startServer } from './start-server';

/** `tsx server/main.ts`: the server alone (npm start also builds the extension first). */
async function main() {
  const { url, first } = await startServer();
  console.log(`Fjord CRM server: ${url}`);
  console.log(`Dashboard:        ${url}/`);
  if (first) {
    const how = first.password ? `password ${first.password} (shown once: note it)` : 'the ADMIN_PASSWORD you set';
    console.log(`Workspace created. Sign in as ${first.email} with ${how}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
