import { Button, Space } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { toUploads, type FileToUpload } from './upload-batch';
import type { ImportMode } from './use-import';

/**
 * Hidden <input type=file> pickers. A folder picker keeps each file's path in
 * the folder, so subfolders and the manifest's relative folders work.
 */
export function FilePickers({
  modes,
  onPick,
  disabled,
}: {
  modes: ImportMode[];
  onPick(files: FileToUpload[], mode: ImportMode): void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const inputs = useRef<Partial<Record<ImportMode, HTMLInputElement | null>>>({});
  const picker = (mode: ImportMode) => (
    <input
      key={mode}
      ref={(el) => {
        inputs.current[mode] = el;
        if (el && mode !== 'files') el.setAttribute('webkitdirectory', '');
      }}
      type="file"
      multiple
      hidden
      data-testid={`pick-${mode}`}
      onChange={(e) => {
        if (e.target.files && e.target.files.length > 0) onPick(toUploads(e.target.files), mode);
        e.target.value = '';
      }}
    />
  );
  return (
    <Space>
      {modes.map((mode) => (
        <span key={mode}>
          {picker(mode)}
          <Button disabled={disabled} onClick={() => inputs.current[mode]?.click()}>
            {t(`imports.pick.${mode}`)}
          </Button>
        </span>
      ))}
    </Space>
  );
}
