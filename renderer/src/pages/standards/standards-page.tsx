import { useSearchParams } from 'react-router';
import { StandardDetail } from './standard-detail';
import { StandardsList } from './standards-list';

/** 评查标准: the list, or one version (`?id=`) with its tree and, when unlocked, the editor. */
export function StandardsPage() {
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  return (
    <div style={{ padding: '12px 24px' }}>
      {id ? (
        <StandardDetail id={id} onBack={() => setParams({})} onOpen={(next) => setParams({ id: next })} />
      ) : (
        <StandardsList onOpen={(next) => setParams({ id: next })} />
      )}
    </div>
  );
}
