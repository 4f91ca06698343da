import { Col, Divider, Form, Input, Row, Select } from 'antd';
import { REPORT_KIND, SIGNING_AUTHORITY } from '../../../../shared/domain';
import type { DocumentRecord } from '../../../../shared/schemas/document';
import { DateField } from '../../components/DateField';
import { useDocumentEditor } from '../../store/document-editor';

type Patch = (doc: DocumentRecord) => DocumentRecord;

function linesToText(lines: string[]): string {
  return lines.join('\n');
}

function textToLines(text: string): string[] {
  return text.split('\n');
}

/** The parts of a document around its body: header lines, date line, Kính gửi, signature, Nơi nhận. */
export function DocumentFieldsForm({ doc, readOnly }: { doc: DocumentRecord; readOnly: boolean }) {
  const update = useDocumentEditor((s) => s.update);
  const patch = (change: Patch) => update(change);
  const isMinutes = doc.kind === 'bien_ban';
  const isLetter = doc.kind === 'cong_van';
  const { signature } = doc;

  return (
    <Form layout="vertical" component="div" disabled={readOnly} style={{ maxWidth: 980 }}>
      <Form.Item label={isLetter ? 'Về việc (V/v)' : 'Trích yếu'} htmlFor="document-summary">
        <Input.TextArea
          id="document-summary"
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={doc.summary}
          onChange={(e) => patch((d) => ({ ...d, summary: e.target.value }))}
        />
      </Form.Item>
      {doc.kind === 'bao_cao' && (
        <Form.Item label="Loại báo cáo" htmlFor="document-report-kind">
          <Select
            id="document-report-kind"
            value={doc.reportKind}
            options={REPORT_KIND.values.map((value) => ({ value, label: REPORT_KIND.labels[value] }))}
            onChange={(reportKind) => patch((d) => ({ ...d, reportKind }))}
          />
        </Form.Item>
      )}
      <Divider titlePlacement="start">Phần đầu văn bản</Divider>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="Cơ quan cấp trên (dòng 1)" htmlFor="document-parent-body" extra="In hoa, không đậm.">
            <Input
              id="document-parent-body"
              value={doc.header.parentBody}
              onChange={(e) => patch((d) => ({ ...d, header: { ...d.header, parentBody: e.target.value } }))}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="Cơ quan ban hành (dòng 2)" htmlFor="document-issuing-body" extra="In hoa, đậm; ví dụ: BAN THƯỜNG TRỰC.">
            <Input
              id="document-issuing-body"
              value={doc.header.issuingBody}
              onChange={(e) => patch((d) => ({ ...d, header: { ...d.header, issuingBody: e.target.value } }))}
            />
          </Form.Item>
        </Col>
      </Row>
      {!isMinutes && (
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="Địa danh" htmlFor="document-place">
              <Input id="document-place" value={doc.placeName} onChange={(e) => patch((d) => ({ ...d, placeName: e.target.value }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Ngày văn bản" htmlFor="document-date">
              <DateField id="document-date" value={doc.documentDate} disabled={readOnly} onChange={(documentDate) => patch((d) => ({ ...d, documentDate }))} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {(doc.kind === 'bao_cao' || isLetter) && (
        <Form.Item label="Kính gửi (mỗi dòng một nơi)" htmlFor="document-addressees">
          <Input.TextArea
            id="document-addressees"
            autoSize={{ minRows: 1, maxRows: 6 }}
            value={linesToText(doc.addressees)}
            onChange={(e) => patch((d) => ({ ...d, addressees: textToLines(e.target.value) }))}
          />
        </Form.Item>
      )}
      <Divider titlePlacement="start">Chữ ký</Divider>
      {isMinutes ? (
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="Thư ký (ký bên trái)" htmlFor="document-secretary">
              <Input
                id="document-secretary"
                value={doc.minutesSigners.secretaryName}
                onChange={(e) => patch((d) => ({ ...d, minutesSigners: { ...d.minutesSigners, secretaryName: e.target.value } }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="Chủ trì (ký bên phải)" htmlFor="document-chair">
              <Input
                id="document-chair"
                value={doc.minutesSigners.chairName}
                onChange={(e) => patch((d) => ({ ...d, minutesSigners: { ...d.minutesSigners, chairName: e.target.value } }))}
              />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item label="Thẩm quyền ký" htmlFor="document-authority">
                <Select
                  id="document-authority"
                  value={signature.authority}
                  options={SIGNING_AUTHORITY.values.map((value) => ({ value, label: SIGNING_AUTHORITY.labels[value] }))}
                  onChange={(authority) => patch((d) => ({ ...d, signature: { ...d.signature, authority } }))}
                />
              </Form.Item>
            </Col>
            {(signature.authority === 'tm' || signature.authority === 'kt') && (
              <Col span={8}>
                <Form.Item label="Thay mặt (TM.)" htmlFor="document-authority-body" extra="Ví dụ: BAN THƯỜNG TRỰC">
                  <Input
                    id="document-authority-body"
                    value={signature.authorityBody}
                    onChange={(e) => patch((d) => ({ ...d, signature: { ...d.signature, authorityBody: e.target.value } }))}
                  />
                </Form.Item>
              </Col>
            )}
            {(signature.authority === 'kt' || signature.authority === 'tl') && (
              <Col span={8}>
                <Form.Item
                  label={signature.authority === 'kt' ? 'Ký thay (KT.)' : 'Thừa lệnh (TL.)'}
                  htmlFor="document-principal"
                  extra={signature.authority === 'kt' ? 'Ví dụ: CHỦ TỊCH' : 'Ví dụ: BAN THƯỜNG TRỰC'}
                >
                  <Input
                    id="document-principal"
                    value={signature.principalTitle}
                    onChange={(e) => patch((d) => ({ ...d, signature: { ...d.signature, principalTitle: e.target.value } }))}
                  />
                </Form.Item>
              </Col>
            )}
          </Row>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label="Chức vụ người ký" htmlFor="document-signer-title" extra="Ví dụ: CHỦ TỊCH, PHÓ CHỦ TỊCH">
                <Input
                  id="document-signer-title"
                  value={signature.signerTitle}
                  onChange={(e) => patch((d) => ({ ...d, signature: { ...d.signature, signerTitle: e.target.value } }))}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label="Họ tên người ký" htmlFor="document-signer-name">
                <Input
                  id="document-signer-name"
                  value={signature.signerName}
                  onChange={(e) => patch((d) => ({ ...d, signature: { ...d.signature, signerName: e.target.value } }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item label="Nơi nhận (mỗi dòng một nơi; dòng cuối thường là “Lưu: VT, …”)" htmlFor="document-recipients">
            <Input.TextArea
              id="document-recipients"
              autoSize={{ minRows: 3, maxRows: 10 }}
              value={linesToText(doc.recipients)}
              onChange={(e) => patch((d) => ({ ...d, recipients: textToLines(e.target.value) }))}
            />
          </Form.Item>
        </>
      )}
    </Form>
  );
}
