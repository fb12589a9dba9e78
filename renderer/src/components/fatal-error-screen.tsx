import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown instead of the app when the database cannot be opened (corrupt, or written by a newer version). */
export function FatalErrorScreen({ message, dataDir }: { message: string; dataDir?: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('fatal.title')}
      subTitle={message}
      extra={
        <Typography.Paragraph>
          {t('fatal.hint')}
          {dataDir ? <Typography.Text code>{dataDir}</Typography.Text> : null}
        </Typography.Paragraph>
      }
    />
  );
}
