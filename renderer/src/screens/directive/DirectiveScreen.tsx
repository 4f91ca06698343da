import { ArrowLeftOutlined, DeleteOutlined, FileSearchOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Result, Row, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { DIRECTIVE_TYPE, MEETING_DIRECTIVE_RELATION } from '../../../../shared/domain';
import { toLocalDateTimeString } from '../../../../shared/datetime';
import { call } from '../../api/client';
import { useAction, useApiQuery } from '../../api/query';
import { useDirtyFlag, useUnsavedWork } from '../../components/useUnsavedWork';
import { useDeleteWithUndo } from '../../components/useDeleteWithUndo';
import { useNavigation, type LinkToMeeting } from '../../store/navigation';
import { AttachmentsCard } from './AttachmentsCard';
import { blankForm, formOf, saveDirective, type DirectiveFormValues } from './directive-form';
import { DirectiveForm } from './DirectiveForm';
import { DirectiveTasksCard } from './DirectiveTasksCard';
import { LinksCard } from './LinksCard';
import { SendDownCard } from './SendDownCard';

interface DirectiveScreenProps {
  /** Null: a new entry. */
  id: number | null;
  /** From a meeting page: the symbol typed there, and the meeting to link once saved with the relation picked there. */
  prefillSymbol?: string;
  linkMeeting?: LinkToMeeting;
}

/**
 * One entry of the register. Saved with "Lưu" rather than as the user types: a directive is
 * checked as a whole (readable symbol, duplicate, arrival number), and half a symbol must never
 * be stored.
 */
export function DirectiveScreen({ id, prefillSymbol, linkMeeting }: DirectiveScreenProps) {
  const navigate = useNavigation((s) => s.navigate);
  const { message } = App.useApp();
  const deleteWithUndo = useDeleteWithUndo();
  const loaded = useApiQuery('directives:get', { id: id ?? 0 }, { enabled: id !== null });
  const record = id === null ? null : (loaded.data ?? null);
  // What the user types; null until the stored entry is on screen (a new entry starts blank).
  const [values, setValues] = useState<DirectiveFormValues | null>(() =>
    id === null ? blankForm(toLocalDateTimeString(new Date()).slice(0, 10), prefillSymbol ?? '', linkMeeting ?? null) : null,
  );
  const { dirty, isDirty, setDirty } = useDirtyFlag();
  useEffect(() => {
    // The stored entry fills the form once; a refresh after someone else's write never covers typing.
    if (record && !isDirty()) setValues(formOf(record));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [record]);

  const saving = useAction((current: DirectiveFormValues) =>
    saveDirective(record?.id ?? null, current, { linkMeeting, baseUpdatedAt: record?.updatedAt ?? null }),
  );

  /** Saves what is typed; the Vietnamese reason when refused. */
  const saveValues = async (): Promise<string | null> => {
    if (!values) return null;
    const saved = await saving.attempt(values);
    if (!saved.ok) return saved.message;
    setDirty(false);
    setValues(formOf(saved.value));
    return null;
  };

  // Leaving the page, or closing the window, saves a directive that can be saved and asks about one that cannot.
  useUnsavedWork({
    label: record ? `Văn bản số ${record.numberSymbol}` : 'Văn bản đang vào sổ',
    dirty: isDirty,
    save: saveValues,
  });

  if (loaded.error) {
    return (
      <Result
        status="warning"
        title="Không mở được văn bản"
        subTitle={loaded.error}
        extra={<Button onClick={() => void navigate({ name: 'directives' })}>Về sổ văn bản chỉ đạo</Button>}
      />
    );
  }
  if (!values) return <Skeleton active style={{ padding: 32 }} />;

  const change = (changes: Partial<DirectiveFormValues>) => {
    setValues((v) => (v ? { ...v, ...changes } : v));
    setDirty(true);
  };

  const save = async () => {
    const wasNew = record === null;
    const saved = await saving.run(values);
    if (!saved) return;
    setDirty(false);
    setValues(formOf(saved));
    void message.success(wasNew ? 'Đã vào sổ văn bản.' : 'Đã lưu văn bản.');
    if (wasNew) await navigate({ name: 'directive', id: saved.id });
  };

  const remove = () =>
    record &&
    deleteWithUndo({
      what: 'văn bản',
      question: 'Xóa văn bản này khỏi sổ?',
      detail: `${DIRECTIVE_TYPE.labels[record.type]} số ${record.numberSymbol} sẽ được chuyển khỏi sổ. Bạn có thể hoàn tác ngay sau khi xóa.`,
      deletedMessage: 'Đã xóa văn bản khỏi sổ',
      remove: () => call('directives:delete', { id: record.id }),
      restore: () => call('directives:restore', { id: record.id }),
      listRoute: { name: 'directives' },
      recordRoute: { name: 'directive', id: record.id },
    });

  const title = record ? `${DIRECTIVE_TYPE.labels[record.type]} số ${record.numberSymbol}` : 'Đăng ký văn bản';
  // A duplicate names the entry already in the register: one click opens it (what was typed here is dropped).
  const existing = saving.errorDetails?.kind === 'directive' ? saving.errorDetails.id : null;
  const openExisting = (existingId: number) => {
    setDirty(false);
    saving.reset();
    void navigate({ name: 'directive', id: existingId });
  };

  return (
    <div className="screen">
      <div className="screen-header">
        <Space direction="vertical" size={2} style={{ minWidth: 0 }}>
          <Button type="link" icon={<ArrowLeftOutlined />} style={{ padding: 0 }} onClick={() => void navigate({ name: 'directives' })}>
            Sổ văn bản chỉ đạo
          </Button>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }} ellipsis={{ tooltip: title }}>
            {title}
          </Typography.Title>
          {record?.summary && <Typography.Text type="secondary">{record.summary}</Typography.Text>}
        </Space>
        <Space>
          {dirty && <Typography.Text type="warning">Có thay đổi chưa lưu</Typography.Text>}
          <Button type="primary" icon={<SaveOutlined />} loading={saving.busy} onClick={() => void save()}>
            Lưu
          </Button>
          {record && (
            <Button danger icon={<DeleteOutlined aria-hidden />} onClick={remove}>
              Xóa khỏi sổ
            </Button>
          )}
        </Space>
      </div>
      {saving.error && (
        <Alert
          type="error"
          showIcon
          message="Chưa lưu được văn bản"
          description={saving.error}
          style={{ marginBottom: 16 }}
          role="alert"
          action={
            existing !== null && (
              <Button icon={<FileSearchOutlined aria-hidden />} onClick={() => openExisting(existing)}>
                Mở văn bản đã có
              </Button>
            )
          }
        />
      )}
      {linkMeeting !== undefined && record === null && (
        <Alert
          type="info"
          showIcon
          message={`Sau khi lưu, văn bản sẽ được liên kết với hội nghị bạn vừa mở (quan hệ: ${MEETING_DIRECTIVE_RELATION.labels[linkMeeting.relation]}).`}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={16} align="top">
        <Col xs={24} xl={16}>
          <Card size="small">
            <DirectiveForm key={record?.id ?? 'moi'} values={values} record={record} onChange={change} />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            {record ? (
              <>
                <AttachmentsCard directiveId={record.id} />
                <LinksCard record={record} />
                <DirectiveTasksCard directiveId={record.id} />
                <SendDownCard directiveId={record.id} />
              </>
            ) : (
              <Card size="small" title="Tệp đính kèm">
                <Typography.Text type="secondary">Lưu văn bản trước, rồi đính kèm bản PDF, Word hoặc ảnh chụp.</Typography.Text>
              </Card>
            )}
          </Space>
        </Col>
      </Row>
    </div>
  );
}
