import { Typography } from 'antd';

/** Long text in a table cell (a title, an organisation, a summary): two lines at most, the whole text in the tooltip. */
export function TwoLines({ text }: { text: string }) {
  return (
    <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: text }}>
      {text}
    </Typography.Paragraph>
  );
}
