import { defineBackground } from 'wxt/utils/define-background';
import { systemClock } from '../../utils/platform/clock';
import { startBackground } from './start';

export default defineBackground(() => startBackground({ clock: systemClock }));
