/** The header's sign-in: paste a curator (or service) token; shows who is signed in and a sign-out. */
import { useState } from 'react';
import { useApp } from '../app-context';

export function SignIn() {
  const { t, session, signIn, signOut } = useApp();
  const [open, setOpen] = useState(false);
  const [token, setToken] = useState('');
  if (session) {
    return (
      <div className="sign-in" data-testid="session">
        <span className="who">
          {session.curator ? t('signedInAs', { name: session.curator }) : t('signedIn')}
        </span>
        <button type="button" onClick={signOut}>
          {t('signOut')}
        </button>
      </div>
    );
  }
  if (!open) {
    return (
      <button type="button" className="sign-in" onClick={() => setOpen(true)}>
        {t('signIn')}
      </button>
    );
  }
  return (
    <form
      className="sign-in"
      onSubmit={(e) => {
        e.preventDefault();
        if (!token.trim()) return;
        signIn(token);
        setToken('');
        setOpen(false);
      }}
    >
      <label>
        <span className="visually-hidden">{t('tokenLabel')}</span>
        <input
          type="password"
          autoComplete="off"
          placeholder={t('tokenLabel')}
          value={token}
          onChange={(e) => setToken(e.target.value)}
          autoFocus
        />
      </label>
      <button type="submit">{t('signIn')}</button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('cancel')}
      </button>
    </form>
  );
}
