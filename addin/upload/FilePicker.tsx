import { Button, Text } from '@fluentui/react-components';
import { useId, useRef } from 'react';
import { useUploadStyles } from './uploadShared';

/**
 * A labelled .xlsx file input: the browser's own file button speaks the browser's language, so it is
 * hidden (still labelled, for scripts and assistive technology) and a Fluent button in the page's
 * language opens it; the chosen file's name is shown beside it.
 */
export function FilePicker({ label, choose, none, file, onChange }: { label: string; choose: string; none: string; file: File | null; onChange: (file: File | null) => void }) {
  const styles = useUploadStyles();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <label htmlFor={id} className={styles.fileLabel}>{label}</label>
      <input
        id={id}
        ref={input}
        className={styles.file}
        type="file"
        tabIndex={-1}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
      />
      <div className={styles.row}>
        <Button onClick={() => input.current?.click()} aria-describedby={`${id}-name`}>{choose}</Button>
        <Text id={`${id}-name`}>{file ? file.name : none}</Text>
      </div>
    </>
  );
}
