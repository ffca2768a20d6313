import { render } from 'preact';
import { openFjordDb } from '../../db/fjord-db';
import { QuickAdd } from '../../popup/quick-add';
import '../../ui/base.css';
import '../../popup/popup.css';

// `?tab=N` captures a given tab: used when the popup is opened as a page (tests, keyboard users).
const tab = new URLSearchParams(location.search).get('tab');
render(<QuickAdd db={openFjordDb()} tabId={tab ? Number(tab) : undefined} />, document.getElementById('app')!);
