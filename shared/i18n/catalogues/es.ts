import common from './common/es';
import dashboard from './dashboard/es';
import popup from './popup/es';
import options from './options/es';
import ui from './ui/es';
import sidebar from './sidebar/es';
import companies from './companies/es';
import summaries from './summaries/es';
import credit from './credit/es';
import records from './records/es';
import contacts from './contacts/es';
import duplicates from './duplicates/es';
import importing from './import/es';
import timeline from './timeline/es';
import mail from './mail/es';
import notifications from './notifications/es';
import settings from './settings/es';
import customFields from './customFields/es';
import errors from './errors/es';
import serverText from './serverText/es';
import history from './history/es';
import trash from './trash/es';

/** Every feature's es text in one catalogue; loaded on its own so a page carries one language. */
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
