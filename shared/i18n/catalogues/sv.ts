import common from './common/sv';
import dashboard from './dashboard/sv';
import popup from './popup/sv';
import options from './options/sv';
import ui from './ui/sv';
import sidebar from './sidebar/sv';
import companies from './companies/sv';
import summaries from './summaries/sv';
import credit from './credit/sv';
import records from './records/sv';
import contacts from './contacts/sv';
import duplicates from './duplicates/sv';
import importing from './import/sv';
import timeline from './timeline/sv';
import mail from './mail/sv';
import notifications from './notifications/sv';
import settings from './settings/sv';
import customFields from './customFields/sv';
import errors from './errors/sv';
import serverText from './serverText/sv';
import history from './history/sv';
import trash from './trash/sv';

/** Every feature's sv text in one catalogue; loaded on its own so a page carries one language. */
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
