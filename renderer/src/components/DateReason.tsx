import { Typography } from 'antd';

/** Why what was typed in a date field is not a date, right under it. */
export function DateReason({ id, message }: { id?: string; message: string | null }) {
  if (message === null) return null;
  return (
    <Typography.Text id={id} type="danger" role="alert" className="date-reason">
      {message}
    </Typography.Text>
  );
}
