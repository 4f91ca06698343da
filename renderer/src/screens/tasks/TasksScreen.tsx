import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Segmented, Select, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { TASK_SORT, TASK_SOURCE, TASK_STATUS, TASK_VIEW, type TaskSort, type TaskSource, type TaskStatus, type TaskView } from '../../../../shared/domain';
import type { TaskSummary } from '../../../../shared/schemas/task';
import { useApiQuery } from '../../api/query';
import { RANGE_FORMATS } from '../../components/DateField';
import { ListError, ListScreen, ListSearch, ListToolbar } from '../../components/ListScreen';
import { isFiltered, useTaskList } from '../../store/list-filters';
import { useTaskDrawer } from '../../store/task-view';
import { ExportTasksButton } from './ExportTasksButton';
import { NewTaskDialog } from './NewTaskDialog';
import { DueDate, PriorityTag, StatusTag } from './task-labels';
import { filterByMatch } from '../../components/pickers';
import { organisationOptions, useDirectoryChoices } from './useDirectoryChoices';

const EMPTY_TEXT: Record<TaskView, string> = {
  tat_ca: 'Chưa có nhiệm vụ nào khớp bộ lọc. Giao nhiệm vụ từ một kết luận hội nghị ("Giao nhiệm vụ") hoặc bấm "Nhiệm vụ mới".',
  qua_han: 'Không có nhiệm vụ nào quá hạn.',
  den_han_7_ngay: 'Không có nhiệm vụ nào đến hạn trong 7 ngày tới.',
};

export function TasksScreen() {
  const { filter, page, setFilter, setPage } = useTaskList();
  const openTask = useTaskDrawer((s) => s.open);
  const choices = useDirectoryChoices();
  const [newTaskOpen, setNewTaskOpen] = useState(false);
  const { data: result, error, refreshing, reload } = useApiQuery('tasks:list', { ...filter, page }, { keepPrevious: true });
  // The quick view is a choice of its own, not a filter to clear: "Bỏ lọc" keeps it.
  const filtered = isFiltered({ ...filter, view: useTaskList.defaults.view }, useTaskList.defaults);

  return (
    <ListScreen
      title="Nhiệm vụ"
      actions={
        <>
          <ExportTasksButton filter={filter} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setNewTaskOpen(true)}>
            Nhiệm vụ mới
          </Button>
        </>
      }
    >
      <Segmented<TaskView>
        aria-label="Xem nhanh"
        style={{ marginBottom: 12 }}
        value={filter.view}
        options={TASK_VIEW.values.map((v) => ({ value: v, label: TASK_VIEW.labels[v] }))}
        onChange={(view) => setFilter({ view })}
      />
      <ListToolbar filtered={filtered} onReset={() => setFilter({ ...useTaskList.defaults, view: filter.view })}>
        <ListSearch
          label="Tìm nhiệm vụ"
          placeholder="Tìm theo tên, nội dung, kết quả (gõ không dấu cũng được)"
          style={{ width: 360 }}
          value={filter.text}
          onSearch={(text) => setFilter({ text })}
        />
        <Select<number | null>
          aria-label="Lọc theo đơn vị"
          showSearch={{ filterOption: filterByMatch }}
          style={{ width: 300 }}
          value={filter.organisationId}
          onChange={(organisationId) => setFilter({ organisationId })}
          options={[{ value: null, label: 'Mọi đơn vị (chủ trì hoặc phối hợp)' }, ...organisationOptions(choices.organisations)]}
        />
        <Select<TaskStatus | null>
          aria-label="Lọc theo trạng thái"
          style={{ width: 170 }}
          value={filter.status}
          onChange={(status) => setFilter({ status })}
          options={[{ value: null, label: 'Mọi trạng thái' }, ...TASK_STATUS.values.map((v) => ({ value: v, label: TASK_STATUS.labels[v] }))]}
        />
        <Select<TaskSource | null>
          aria-label="Lọc theo nguồn giao"
          style={{ width: 180 }}
          value={filter.source}
          onChange={(source) => setFilter({ source })}
          options={[{ value: null, label: 'Mọi nguồn giao' }, ...TASK_SOURCE.values.map((v) => ({ value: v, label: TASK_SOURCE.labels[v] }))]}
        />
        <DatePicker.RangePicker
          aria-label="Khoảng hạn hoàn thành"
          format={RANGE_FORMATS}
          placeholder={['Hạn từ ngày', 'đến ngày']}
          value={[filter.dueFrom ? dayjs(filter.dueFrom) : null, filter.dueTo ? dayjs(filter.dueTo) : null]}
          allowEmpty={[true, true]}
          onChange={(range) =>
            setFilter({ dueFrom: range?.[0]?.format('YYYY-MM-DD') ?? null, dueTo: range?.[1]?.format('YYYY-MM-DD') ?? null })
          }
        />
        <Select<TaskSort>
          aria-label="Sắp xếp"
          style={{ width: 210 }}
          value={filter.sort}
          onChange={(sort) => setFilter({ sort })}
          options={TASK_SORT.values.map((v) => ({ value: v, label: `Sắp theo ${TASK_SORT.labels[v].toLocaleLowerCase('vi')}` }))}
        />
      </ListToolbar>
      <ListError error={error} what="danh sách nhiệm vụ" onRetry={reload} />
      <Table<TaskSummary>
        rowKey="id"
        tableLayout="fixed"
        loading={refreshing}
        dataSource={result?.items ?? []}
        rowClassName={() => 'clickable-row'}
        onRow={(row) => ({ onClick: () => openTask(row.id) })}
        locale={{ emptyText: EMPTY_TEXT[filter.view] }}
        pagination={{
          current: page,
          pageSize: result?.pageSize ?? 50,
          total: result?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} nhiệm vụ`,
          onChange: setPage,
        }}
        columns={[
          {
            title: 'Nhiệm vụ',
            render: (_v, row) => (
              <div>
                <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: row.title }}>
                  {row.title}
                </Typography.Paragraph>
                {row.meetingTitle && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                    Kết luận: {row.meetingTitle}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          {
            title: 'Đơn vị chủ trì',
            width: 210,
            render: (_v, row) => (
              <div>
                <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: row.leadOrganisation.name }}>
                  {row.leadOrganisation.name}
                </Typography.Paragraph>
                {row.supportingOrganisations.length > 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} ellipsis={{ tooltip: row.supportingOrganisations.map((o) => o.name).join('; ') }}>
                    Phối hợp: {row.supportingOrganisations.map((o) => o.name).join('; ')}
                  </Typography.Text>
                )}
              </div>
            ),
          },
          { title: 'Hạn', width: 150, render: (_v, row) => <DueDate task={row} /> },
          { title: 'Trạng thái', width: 140, render: (_v, row) => <StatusTag status={row.status} /> },
          { title: 'Ưu tiên', width: 110, render: (_v, row) => <PriorityTag priority={row.priority} /> },
          {
            title: 'Tiến độ gần nhất',
            width: 180,
            render: (_v, row) => (
              <Typography.Paragraph type="secondary" style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: row.latestProgress ?? row.result }}>
                {row.status === 'hoan_thanh' ? row.result : (row.latestProgress ?? '—')}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
      <NewTaskDialog open={newTaskOpen} onClose={() => setNewTaskOpen(false)} />
    </ListScreen>
  );
}
