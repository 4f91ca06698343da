import { FileWordOutlined, ReadOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { INTAKE_MAX_CHARS } from '../../../../shared/schemas/intake';
import { call } from '../../api/client';
import { useAction } from '../../api/query';
import { useIntake } from '../../store/intake';
import { INTAKE_TEXT } from './intake-labels';

/** A .txt as text: UTF-8 (with or without its mark), or UTF-16 as Notepad may save it. */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * Where the text comes from: pasted, or a .docx / .txt file. Too long a paste is refused before
 * it lands in the box, so the window never has megabytes to lay out.
 */
export function SourceInput() {
  const meetingId = useIntake((s) => s.meetingId);
  const load = useIntake((s) => s.load);
  const [text, setText] = useState('');
  // A file refused before it is read (too long, not Word or text) is said here; a read that
  // failed is the action's own error. Whichever happened last is shown.
  const [refusal, setRefusal] = useState<string | null>(null);
  const reading = useAction((run: () => Promise<void>) => run());
  const fileInput = useRef<HTMLInputElement>(null);
  const error = refusal ?? reading.error;
  const busy = reading.busy;

  const setError = (message: string) => {
    reading.reset();
    setRefusal(message);
  };

  const read = async (run: () => Promise<void>) => {
    setRefusal(null);
    await reading.run(run);
  };

  const readText = async (value: string, fileName = '') => {
    if (value.length > INTAKE_MAX_CHARS) {
      setError(INTAKE_TEXT.tooLong);
      return;
    }
    await read(async () => load(await call('intake:readText', { text: value, fileName, meetingId })));
  };

  const readFile = async (file: File) => {
    const name = file.name.toLowerCase();
    if (name.endsWith('.txt')) {
      const value = decodeText(new Uint8Array(await file.arrayBuffer()));
      if (value.length > INTAKE_MAX_CHARS) {
        setError(INTAKE_TEXT.tooLong);
        return;
      }
      await readText(value, file.name);
      return;
    }
    if (!name.endsWith('.docx') && !name.endsWith('.doc')) {
      setError(INTAKE_TEXT.unsupportedFile);
      return;
    }
    await read(async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      load(await call('intake:readDocx', { bytes, fileName: file.name, meetingId }));
    });
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 980 }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {INTAKE_TEXT.intro}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon message={INTAKE_TEXT.readFailed} description={error} role="alert" />}
      <Input.TextArea
        aria-label={INTAKE_TEXT.pasteLabel}
        placeholder={INTAKE_TEXT.pastePlaceholder}
        value={text}
        autoSize={{ minRows: 14, maxRows: 22 }}
        onChange={(e) => setText(e.target.value)}
        onPaste={(e) => {
          const pasted = e.clipboardData.getData('text');
          if (text.length + pasted.length > INTAKE_MAX_CHARS) {
            e.preventDefault();
            setError(INTAKE_TEXT.tooLong);
          }
        }}
      />
      <Space wrap>
        <Button type="primary" icon={<ReadOutlined />} loading={busy} disabled={text.trim() === ''} onClick={() => void readText(text)}>
          {busy ? INTAKE_TEXT.reading : INTAKE_TEXT.read}
        </Button>
        <Button icon={<FileWordOutlined />} disabled={busy} onClick={() => fileInput.current?.click()}>
          {INTAKE_TEXT.chooseFile}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".docx,.txt,.doc,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          aria-label={INTAKE_TEXT.chooseFile}
          style={{ display: 'none' }}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readFile(file);
          }}
        />
      </Space>
    </Space>
  );
}
