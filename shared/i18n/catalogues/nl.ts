import common from './common/nl';
import dashboard from './dashboard/nl';
import popup from './popup/nl';
import options from './options/nl';
import ui from './ui/nl';
import sidebar from './sidebar/nl';
import companies from './companies/nl';
import summaries from './summaries/nl';
import credit from './credit/nl';
import records from './records/nl';
import contacts from './contacts/nl';
import duplicates from './duplicates/nl';
import importing from './import/nl';
import timeline from './timeline/nl';
import mail from './mail/nl';
import notifications from './notifications/nl';
import settings from './settings/nl';
import customFields from './customFields/nl';
import errors from './errors/nl';
import serverText from './serverText/nl';
import history from './history/nl';
import trash from './trash/nl';

/** Every feature's nl text in one catalogue; loaded on its own so a page carries one language. */
export default {
  ...common,
  ...dashboard,
  ...popup,
  ...options,
  ...ui,
  ...sidebar,
  ...companies,
  ...summaries,
  ...credit,
  ...records,
  ...contacts,
  ...duplicates,
  ...importing,
  ...timeline,
  ...mail,
  ...notifications,
  ...settings,
  ...customFields,
  ...errors,
  ...serverText,
  ...history,
  ...trash,
};
