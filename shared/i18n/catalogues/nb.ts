import common from './common/nb';
import dashboard from './dashboard/nb';
import popup from './popup/nb';
import options from './options/nb';
import ui from './ui/nb';
import sidebar from './sidebar/nb';
import companies from './companies/nb';
import summaries from './summaries/nb';
import credit from './credit/nb';
import records from './records/nb';
import contacts from './contacts/nb';
import duplicates from './duplicates/nb';
import importing from './import/nb';
import timeline from './timeline/nb';
import mail from './mail/nb';
import notifications from './notifications/nb';
import settings from './settings/nb';
import customFields from './customFields/nb';
import errors from './errors/nb';
import serverText from './serverText/nb';
import history from './history/nb';
import trash from './trash/nb';

/** Every feature's nb text in one catalogue; loaded on its own so a page carries one language. */
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
