import { Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useState } from 'react';
import {
  DIRECTIVE_DIRECTION,
  DIRECTIVE_STATUS,
  DIRECTIVE_TYPE,
  type DirectiveDirection,
  type DirectiveStatus,
  type DirectiveType,
} from '../../../../shared/domain';
import { isValidLocalDate, toLocalDateTimeString } from '../../../../shared/datetime';
import { formatSymbolNumber, type ParseSymbolResult } from '../../../../shared/number-symbol-parser';
import type { Organisation } from '../../../../shared/schemas/directory';
import type { DirectiveRecord } from '../../../../shared/schemas/directive';
import { useApiQuery } from '../../api/query';
import { DateField } from '../../components/DateField';
import { filterByMatch, organisationOptions } from '../../components/pickers';
import type { DirectiveFormValues } from './directive-form';
import { DirectivePicker } from './DirectivePicker';
import { SymbolField } from './SymbolField';

interface DirectiveFormProps {
  values: DirectiveFormValues;
  record: DirectiveRecord | null;
  onChange(changes: Partial<DirectiveFormValues>): void;
}

const NO_ORGANISATIONS: Organisation[] = [];

export function DirectiveForm({ values, record, onChange }: DirectiveFormProps) {
  const [parsedType, setParsedType] = useState<DirectiveType | null>(record?.type ?? null);
  const organisations = useApiQuery('organisations:list', { includeInactive: false }).data ?? NO_ORGANISATIONS;
  // The number the register would give, shown while the field is left empty (once the date is one).
  const wantsNumber = values.direction === 'den' && isValidLocalDate(values.arrivalDate);
  const next = useApiQuery('directives:nextArrivalNumber', { arrivalDate: values.arrivalDate }, { enabled: wantsNumber });
  const suggested = wantsNumber ? (next.data?.number ?? null) : null;

  // A document received needs its arrival date: today, until the user picks the day it came.
  const changeDirection = (direction: DirectiveDirection) =>
    onChange(direction === 'den' && values.arrivalDate === '' ? { direction, arrivalDate: toLocalDateTimeString(new Date()).slice(0, 10) } : { direction });

  // The type follows the symbol as it is typed; a type the user picked on purpose stays.
  const onParsed = (result: ParseSymbolResult | null) => setParsedType(result?.ok ? result.value.type : null);

  const keepsOwnNumber = record?.arrivalNumber != null && record.arrivalDate?.slice(0, 4) === values.arrivalDate.slice(0, 4);
  const arrivalPlaceholder = keepsOwnNumber
    ? `Giữ số ${formatSymbolNumber(record!.arrivalNumber!)}`
    : suggested !== null
      ? `Tự động: ${formatSymbolNumber(suggested)}`
      : 'Tự động';

  return (
    <Form layout="vertical" component="div">
      <Row gutter={16}>
        <Col span={14}>
          <Form.Item label="Số, ký hiệu" htmlFor="directive-symbol" required>
            <SymbolField value={values.numberSymbol} onChange={(numberSymbol) => onChange({ numberSymbol })} onParsed={onParsed} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item label="Loại văn bản" htmlFor="directive-type" extra={values.typeOverride === null ? 'Điền theo số ký hiệu' : undefined}>
            <Select<DirectiveType>
              id="directive-type"
              aria-label="Loại văn bản"
              showSearch
              optionFilterProp="label"
              placeholder="Điền tự động khi gõ số ký hiệu"
              value={values.typeOverride ?? parsedType ?? undefined}
              onChange={(v) => onChange({ typeOverride: v === parsedType ? null : v })}
              options={DIRECTIVE_TYPE.values.map((v) => ({ value: v, label: DIRECTIVE_TYPE.labels[v] }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label="Hướng văn bản"
        extra={values.direction === 'trich_dan' ? 'Văn bản chỉ được trích dẫn, làm căn cứ (Ủy ban không nhận bản gốc): không có ngày đến, số đến.' : undefined}
      >
        <Radio.Group
          aria-label="Hướng văn bản"
          optionType="button"
          value={values.direction}
          onChange={(e) => changeDirection(e.target.value as DirectiveDirection)}
          options={DIRECTIVE_DIRECTION.values.map((v) => ({ value: v, label: DIRECTIVE_DIRECTION.labels[v] }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="Cơ quan ban hành (trong danh bạ)" htmlFor="directive-issuer">
            <Select<number | null>
              id="directive-issuer"
              aria-label="Cơ quan ban hành"
              allowClear
              showSearch={{ filterOption: filterByMatch }}
              placeholder="Chọn cơ quan, tổ chức"
              value={values.issuerOrganisationId}
              onChange={(v) => onChange({ issuerOrganisationId: v ?? null })}
              options={organisationOptions(organisations)}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="hoặc ghi tên cơ quan ban hành" htmlFor="directive-issuer-name">
            <Input
              id="directive-issuer-name"
              placeholder="Ví dụ: BCH Đảng bộ Thành phố"
              value={values.issuerName}
              onChange={(e) => onChange({ issuerName: e.target.value })}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item label="Ngày ban hành" htmlFor="directive-issued">
            <DateField id="directive-issued" optional value={values.issuedDate} onChange={(issuedDate) => onChange({ issuedDate })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Người ký" htmlFor="directive-signer">
            <Input id="directive-signer" value={values.signer} onChange={(e) => onChange({ signer: e.target.value })} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item label="Hiệu lực" htmlFor="directive-status">
            <Select<DirectiveStatus>
              id="directive-status"
              aria-label="Hiệu lực"
              value={values.status}
              onChange={(status) => onChange({ status })}
              options={DIRECTIVE_STATUS.values.map((v) => ({ value: v, label: DIRECTIVE_STATUS.labels[v] }))}
            />
          </Form.Item>
        </Col>
      </Row>
      {values.direction === 'den' && (
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label="Ngày đến" htmlFor="directive-arrival-date" required>
              <DateField id="directive-arrival-date" value={values.arrivalDate} onChange={(arrivalDate) => onChange({ arrivalDate })} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label="Số đến" htmlFor="directive-arrival-number" extra="Để trống để lấy số tiếp theo của năm">
              <InputNumber<number>
                id="directive-arrival-number"
                aria-label="Số đến"
                min={1}
                precision={0}
                style={{ width: '100%' }}
                placeholder={arrivalPlaceholder}
                // Shown as written in the register book: 01, 02 … 10.
                formatter={(v) => (v === undefined || v === null || String(v) === '' ? '' : formatSymbolNumber(Number(v)))}
                value={values.arrivalNumber}
                onChange={(v) => onChange({ arrivalNumber: v ?? null })}
              />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Form.Item label="Trích yếu" htmlFor="directive-summary">
        <Input.TextArea
          id="directive-summary"
          autoSize={{ minRows: 2, maxRows: 6 }}
          placeholder="Ví dụ: Về phát triển kinh tế - xã hội thành phố giai đoạn 2021-2025"
          value={values.summary}
          onChange={(e) => onChange({ summary: e.target.value })}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label="Thay thế văn bản" htmlFor="directive-replaces">
            <DirectivePicker
              id="directive-replaces"
              label="Thay thế văn bản"
              value={values.replacesId}
              current={record?.replaces ?? null}
              excludeId={record?.id ?? null}
              onChange={(replacesId) => onChange({ replacesId })}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label="Hướng dẫn, cụ thể hóa văn bản" htmlFor="directive-guides">
            <DirectivePicker
              id="directive-guides"
              label="Hướng dẫn văn bản"
              value={values.guidesId}
              current={record?.guides ?? null}
              excludeId={record?.id ?? null}
              onChange={(guidesId) => onChange({ guidesId })}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Ghi chú" htmlFor="directive-notes">
        <Input.TextArea id="directive-notes" autoSize={{ minRows: 1, maxRows: 4 }} value={values.notes} onChange={(e) => onChange({ notes: e.target.value })} />
      </Form.Item>
    </Form>
  );
}
