// The file open in the app (null on the start screen), the boards it holds as last listed,
// and its read-only banner. Screens read `app`; only start.js, boards.js and
// app/filesafety.js change it.
import { $ } from './dom.js';
import { t } from './texts.js';
import { setReadOnly } from './readonly.js';

export const app = { file: null, boards: [] };

/** The banner of a file that can only be read. */
export function showReadOnly(file) {
  const banner = $('#bare-lesing');
  banner.hidden = !(file && file.read_only);
  setReadOnly(!banner.hidden);
  if (banner.hidden) return;
  $('#bare-lesing-tekst').textContent = file.backup_of
    ? t('ed-read-only-backup', { name: file.name, file: file.backup_of })
    : t('ed-read-only-file');
  $('#bare-lesing-gjenopprett').hidden = !file.backup_of;
  $('#bare-lesing-tilbake').hidden = !file.backup_of;
}

/**
 * The open file was made read-only while open (or a write was refused as read-only): the
 * banner, and nothing on the screens invites an edit from now on.
 */
export function becameReadOnly() {
  if (!app.file || app.file.read_only) return;
  app.file = { ...app.file, read_only: true };
  showReadOnly(app.file);
}
