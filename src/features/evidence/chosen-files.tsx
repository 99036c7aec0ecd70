/** The files chosen so far, each with its size and a way to take it out again. */
import { Icon } from '../../components/icon';
import { useFormat, useT } from '../../i18n/use-t';
import { formatBytes } from '../../lib/bytes';
import type { ChosenFile } from './use-attach';

export function ChosenFiles({ files, onRemove }: { files: ChosenFile[]; onRemove: (key: string) => void }) {
  const t = useT();
  const { lang } = useFormat();
  if (files.length === 0) return null;
  return (
    <ul className="list chosen-files">
      {files.map(({ key, file }) => (
        <li key={key} className="chosen-file">
          <Icon name="file" />
          <span className="chosen-file-name">{file.name}</span>
          <span className="muted small">{formatBytes(file.size, lang)}</span>
          <button type="button" className="btn btn-ghost icon-btn" aria-label={t('evidence.removeFile', { name: file.name })} onClick={() => onRemove(key)}>
            <Icon name="trash" />
          </button>
        </li>
      ))}
    </ul>
  );
}
