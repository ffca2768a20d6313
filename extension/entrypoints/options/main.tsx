import { render } from 'preact';
import { openFjordDb } from '../../db/fjord-db';
import { OptionsPage } from '../../options/options-page';
import '../../ui/base.css';

render(<OptionsPage db={openFjordDb()} />, document.getElementById('app')!);
