import { parseWithoutEval } from '../../ui/zod-without-eval';
import '../../ui/base.css';

// Before any schema exists (the extension's policy forbids eval): the page is imported after this.
parseWithoutEval();
void import('../../options/mount-options').then(({ mountOptions }) => mountOptions(document.getElementById('app')!));
