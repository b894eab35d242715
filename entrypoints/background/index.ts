import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../../utils/background/start';
import { systemClock } from '../../utils/clock';

export default defineBackground(() => startBackground({ clock: systemClock }));
