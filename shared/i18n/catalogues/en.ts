import common from './common/en';
import dashboard from './dashboard/en';
import popup from './popup/en';
import options from './options/en';
import ui from './ui/en';
import sidebar from './sidebar/en';
import companies from './companies/en';
import summaries from './summaries/en';
import credit from './credit/en';
import records from './records/en';
import contacts from './contacts/en';
import duplicates from './duplicates/en';
import importing from './import/en';
import timeline from './timeline/en';
import mail from './mail/en';
import notifications from './notifications/en';
import settings from './settings/en';
import customFields from './customFields/en';
import errors from './errors/en';
import serverText from './serverText/en';
import history from './history/en';
import trash from './trash/en';

/** Every feature's en text in one catalogue; loaded on its own so a page carries one language. */
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
