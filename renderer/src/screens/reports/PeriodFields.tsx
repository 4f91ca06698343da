import { DatePicker, Form, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { formatLocalDate } from '../../../../shared/datetime';
import { REPORT_PERIOD_KINDS, REPORT_PERIOD_KIND_LABELS, type ReportPeriodKind } from '../../../../shared/report-periods';
import type { PeriodChoiceInput } from '../../../../shared/schemas/report';
import { addDays } from '../../../../shared/task-dates';
import { useApiQuery } from '../../api/query';
import { RANGE_FORMATS } from '../../components/DateField';

const ROMAN = ['I', 'II', 'III', 'IV'];

const INDEX_OPTIONS: Partial<Record<ReportPeriodKind, Array<{ value: number; label: string }>>> = {
  thang: Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `Tháng ${i + 1}` })),
  quy: ROMAN.map((roman, i) => ({ value: i + 1, label: `Quý ${roman}` })),
  sau_thang: [
    { value: 1, label: '6 tháng đầu năm' },
    { value: 2, label: '6 tháng cuối năm' },
  ],
};

function todayLocal(): string {
  return dayjs().format('YYYY-MM-DD');
}

/**
 * The period a secretary most likely means: the one of this kind holding the day a month ago, so
 * that a report written in early July defaults to the first half, one written in late June too.
 */
export function defaultChoice(kind: ReportPeriodKind, today = todayLocal()): PeriodChoiceInput {
  const day = addDays(today, -30);
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  switch (kind) {
    case 'thang':
      return { kind, year, index: month };
    case 'quy':
      return { kind, year, index: Math.ceil(month / 3) };
    case 'sau_thang':
      return { kind, year, index: month <= 6 ? 1 : 2 };
    case 'chin_thang':
    case 'nam':
      return { kind, year };
    case 'tuy_chon':
      return { kind, from: `${today.slice(0, 7)}-01`, to: today };
  }
}

interface Props {
  value: PeriodChoiceInput;
  onChange(value: PeriodChoiceInput): void;
}

/** Kind, year and which month/quarter/half — or two dates — with the days they cover under the committee's rule. */
export function PeriodFields({ value, onChange }: Props) {
  // Keyed by the choice: a late answer never shows over a newer choice; the days of the last choice
  // stay shown while the new one is read, and a refused choice shows its reason instead.
  const period = useApiQuery('reports:period', { period: value }, { keepPrevious: true });
  const resolved = period.data;
  const problem = period.error;

  const indexOptions = INDEX_OPTIONS[value.kind];
  const range: [Dayjs, Dayjs] | null = value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null;
  return (
    <>
      <Form.Item label="Loại báo cáo" htmlFor="report-kind">
        <Select
          id="report-kind"
          aria-label="Loại báo cáo"
          value={value.kind}
          options={REPORT_PERIOD_KINDS.map((kind) => ({ value: kind, label: REPORT_PERIOD_KIND_LABELS[kind] }))}
          onChange={(kind: ReportPeriodKind) => onChange(defaultChoice(kind))}
        />
      </Form.Item>
      {value.kind === 'tuy_chon' ? (
        <Form.Item label="Từ ngày – đến ngày" htmlFor="report-range">
          <DatePicker.RangePicker
            id="report-range"
            format={RANGE_FORMATS}
            value={range}
            allowClear={false}
            style={{ width: '100%' }}
            onChange={(dates) => {
              const [from, to] = dates ?? [];
              if (from && to) onChange({ kind: 'tuy_chon', from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
            }}
          />
        </Form.Item>
      ) : (
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item label="Năm" htmlFor="report-year" style={{ width: 120 }}>
            <InputNumber
              id="report-year"
              aria-label="Năm"
              min={1900}
              max={2200}
              value={value.year ?? null}
              style={{ width: '100%' }}
              onChange={(year) => typeof year === 'number' && onChange({ ...value, year })}
            />
          </Form.Item>
          {indexOptions && (
            <Form.Item label={value.kind === 'thang' ? 'Tháng' : value.kind === 'quy' ? 'Quý' : 'Kỳ'} htmlFor="report-index" style={{ flex: 1 }}>
              <Select
                id="report-index"
                aria-label={value.kind === 'thang' ? 'Tháng' : value.kind === 'quy' ? 'Quý' : 'Kỳ 6 tháng'}
                value={value.index ?? undefined}
                options={indexOptions}
                onChange={(index: number) => onChange({ ...value, index })}
              />
            </Form.Item>
          )}
        </div>
      )}
      <div aria-live="polite" style={{ minHeight: 22, marginBottom: 12 }}>
        {resolved && (
          <Typography.Text type="secondary">
            Kỳ báo cáo {resolved.label}: từ ngày {formatLocalDate(resolved.start)} đến ngày {formatLocalDate(resolved.end)}
            {resolved.convention === 'nha_nuoc' ? ' (chốt số liệu theo quy định của Nhà nước)' : ''}.
          </Typography.Text>
        )}
        {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
      </div>
    </>
  );
}
