// The renderer's tests read the screens in English, as the e2e suite does by default.
import { initConsoleI18n } from '../i18n/console-i18n';

initConsoleI18n('en');
