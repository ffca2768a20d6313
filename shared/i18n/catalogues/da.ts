import common from './common/da';
import dashboard from './dashboard/da';
import popup from './popup/da';
import options from './options/da';
import ui from './ui/da';
import sidebar from './sidebar/da';
import companies from './companies/da';
import summaries from './summaries/da';
import credit from './credit/da';
import records from './records/da';
import contacts from './contacts/da';
import duplicates from './duplicates/da';
import importing from './import/da';
import timeline from './timeline/da';
import mail from './mail/da';
import notifications from './notifications/da';
import settings from './settings/da';
import customFields from './customFields/da';
import errors from './errors/da';
import serverText from './serverText/da';
import history from './history/da';
import trash from './trash/da';

/** Every feature's da text in one catalogue; loaded on its own so a page carries one language. */
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
