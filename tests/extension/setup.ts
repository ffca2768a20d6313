import 'fake-indexeddb/auto';
import { startLanguage } from '../../extension/ui/i18n/use-i18n';

// Code that formats or words things asks for the current language, as a mounted screen has one.
// English, as the tests' expectations are written; a test that checks another language starts it.
await startLanguage('en', {} as HTMLElement);
