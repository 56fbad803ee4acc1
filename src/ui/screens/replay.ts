/** Placeholder: being built (issue 9). */
import { t } from '../../i18n';
import type { AppContext } from '../context';
import { messageScreen } from './message';

export function replayScreen(ctx: AppContext, _code: string): HTMLElement {
  return messageScreen(ctx, t('ui.errors.unknownPage', { path: '' }), 'link-error');
}
