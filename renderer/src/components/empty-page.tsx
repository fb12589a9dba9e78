import { Empty, Typography } from 'antd';

/** An empty page that says what will be here and how to start. */
export function EmptyPage({ title, body }: { title: string; body: string }) {
  return (
    <div style={{ padding: 48, maxWidth: 720 }}>
      <Typography.Title level={3}>{title}</Typography.Title>
      <Empty description={<Typography.Paragraph>{body}</Typography.Paragraph>} />
    </div>
  );
}
