import { render } from 'preact';
import { openFjordDb } from '../db/fjord-db';
import { OptionsPage } from './options-page';

export function mountOptions(root: HTMLElement) {
  render(<OptionsPage db={openFjordDb()} />, root);
}
