import { Alert } from 'antd';
import type { ApiError } from '../../../../preload/contract';

interface Issue {
  path: string;
  label: string;
  message: string;
}

const issuesOf = (error: ApiError): Issue[] => {
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]).filter((i) => typeof i?.message === 'string') : [];
};

/** A validation error with one line per field: “事件 › 决定 › 日期（events.decision.date）：…”. */
export function IssuesAlert({ title, error }: { title: string; error: ApiError }) {
  const issues = issuesOf(error);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="issues"
      message={title}
      description={
        issues.length > 0 ? (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {issues.map((i, n) => (
              <li key={n}>
                {i.label ?? ''}
                {i.path ? `（${i.path}）` : ''}：{i.message}
              </li>
            ))}
          </ul>
        ) : (
          <span style={{ whiteSpace: 'pre-wrap' }}>{error.message}</span>
        )
      }
    />
  );
}
