import { List, Typography } from 'antd';

interface Problem {
  path?: string;
  sheet?: string;
  row?: number;
  column?: string;
  itemCode?: string;
  field?: string;
  message?: string;
}

/** Validation or import problems: where (path or sheet/row/column), which item, what. */
export function ProblemList({ errors }: { errors: unknown }) {
  const problems = Array.isArray(errors) ? (errors as Problem[]) : [];
  return (
    <List
      size="small"
      data-testid="problem-list"
      dataSource={problems.slice(0, 200)}
      renderItem={(p) => (
        <List.Item>
          <Typography.Text type="secondary">
            {[p.sheet, p.row !== undefined ? `第 ${p.row} 行` : undefined, p.column, p.path]
              .filter(Boolean)
              .join(' ')}
          </Typography.Text>
          {p.itemCode ? <Typography.Text strong> [{p.itemCode}] </Typography.Text> : ' '}
          {p.message}
        </List.Item>
      )}
    />
  );
}
