import { useTranslation } from 'react-i18next';
import { EmptyPage } from '../components/empty-page';

type Section = 'standards' | 'campaigns' | 'reports';

/** Pages whose features arrive with later work; each says what will be there and how to start. */
export function PlaceholderPage({ section }: { section: Section }) {
  const { t } = useTranslation();
  return <EmptyPage title={t(`empty.${section}.title`)} body={t(`empty.${section}.body`)} />;
}
