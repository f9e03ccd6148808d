/** The page: header with pickers, the sentence input, and the translation with its alignment. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BackendName } from '../tfjs/browserBackends';
import { BackendSelect, ModelSelect } from '../ui/Controls';
import { Footer } from '../ui/Footer';
import { SentenceInput } from '../ui/SentenceInput';
import { t } from '../ui/strings';
import { TranslationView } from '../ui/TranslationView';
import { Engine, type TranslationResult } from './engine';
import { fetchModelCard, fetchModelIndex, type ModelCard, type VariantInfo } from './loadModel';
import { readUrlState, writeUrlParam } from './urlState';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function App() {
  const engine = useMemo(() => new Engine(), []);
  const initial = useMemo(() => readUrlState(), []);
  const [backend, setBackend] = useState<string | null>(null);
  const [backendNotice, setBackendNotice] = useState<string | null>(null);
  const [variants, setVariants] = useState<VariantInfo[]>([]);
  const [variant, setVariant] = useState<string>('');
  const [card, setCard] = useState<ModelCard | undefined>(undefined);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<string | null>(t.startingBackend);
  const [translating, setTranslating] = useState(false);
  const [modelError, setModelError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ seq: number; r: TranslationResult } | null>(null);
  /** id of the newest request: older answers are dropped */
  const latest = useRef(0);
  const resultRef = useRef<TranslationResult | null>(null);
  resultRef.current = result?.r ?? null;

  const nameOf = useCallback((id: string) => variants.find((v) => v.id === id)?.name ?? id, [variants]);

  /** Loads a variant on the current backend; resolves to whether it worked. */
  const loadVariant = useCallback(
    async (id: string, name: string): Promise<boolean> => {
      setModelError(null);
      setBusy(t.loadingModel(name));
      try {
        await engine.load(id, name);
        return true;
      } catch (e) {
        // Loader messages start with the model's name already.
        const msg = errorText(e);
        setModelError(t.modelError(name, msg.startsWith(`${name}: `) ? msg.slice(name.length + 2) : msg));
        return false;
      } finally {
        setBusy(null);
      }
    },
    [engine],
  );

  const translate = useCallback(
    async (id: string, name: string, sentence: string) => {
      if (sentence.trim() === '') return;
      const req = ++latest.current;
      setError(null);
      setTranslating(true);
      try {
        const r = await engine.translate(id, name, sentence);
        if (req === latest.current) setResult({ seq: req, r });
      } catch (e) {
        if (req === latest.current) {
          setResult(null);
          setError(t.translateError(errorText(e)));
        }
      } finally {
        if (req === latest.current) setTranslating(false);
      }
    },
    [engine],
  );

  // Start-up: backend, model list, default model.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const b = await engine.setBackend(initial.backend);
        if (cancelled) return;
        setBackend(b.active);
        if (b.failure) setBackendNotice(t.backendFallback(b.requested, b.active, b.failure));
      } catch (e) {
        setBusy(null);
        setBackendNotice(errorText(e));
        return;
      }
      let list: VariantInfo[];
      try {
        list = (await fetchModelIndex()).variants;
      } catch (e) {
        if (!cancelled) {
          setBusy(null);
          setModelError(t.indexError(errorText(e)));
        }
        return;
      }
      if (cancelled) return;
      setVariants(list);
      const first = list.find((v) => v.id === initial.model) ?? list[0];
      if (!first) {
        setBusy(null);
        return;
      }
      setVariant(first.id);
      await loadVariant(first.id, first.name);
    })();
    return () => {
      cancelled = true;
    };
  }, [engine, initial, loadVariant]);

  // The card of the selected model (informational only).
  useEffect(() => {
    if (!variant) return;
    let cancelled = false;
    setCard(undefined);
    void fetchModelCard(variant).then((c) => {
      if (!cancelled) setCard(c);
    });
    return () => {
      cancelled = true;
    };
  }, [variant]);

  const onModelChange = async (id: string) => {
    setVariant(id);
    writeUrlParam('model', id);
    const ok = await loadVariant(id, nameOf(id));
    const last = resultRef.current;
    if (ok && last) await translate(id, nameOf(id), last.text);
    else if (!ok) setResult(null);
  };

  const onBackendChange = async (name: BackendName) => {
    setBusy(t.switchingBackend(name));
    setBackendNotice(null);
    try {
      const b = await engine.setBackend(name);
      setBackend(b.active);
      writeUrlParam('backend', b.active);
      if (b.failure) setBackendNotice(t.backendFallback(b.requested, b.active, b.failure));
    } catch (e) {
      setBackendNotice(errorText(e));
      setBusy(null);
      return;
    }
    setBusy(null);
    if (!variant) return;
    const ok = await loadVariant(variant, nameOf(variant));
    const last = resultRef.current;
    if (ok && last) await translate(variant, nameOf(variant), last.text);
  };

  const cardLine = card ? t.card(typeof card.devBleu === 'number' ? card.devBleu : undefined, typeof card.training?.epochs === 'number' ? card.training.epochs : undefined) : '';
  const isBusy = busy !== null || translating;

  return (
    <div className="page">
      <header className="header">
        <div className="header__text">
          <h1>{t.title}</h1>
          <p className="intro">{t.intro}</p>
        </div>
        <div className="header__controls">
          <ModelSelect variants={variants} value={variant} disabled={isBusy} onChange={(id) => void onModelChange(id)} />
          <BackendSelect active={backend} disabled={isBusy} onChange={(b) => void onBackendChange(b)} />
        </div>
      </header>

      <main className="main">
        {backendNotice ? (
          <p className="alert alert--warn" role="alert" data-testid="backend-notice">
            {backendNotice}
          </p>
        ) : null}
        {modelError ? (
          <p className="alert alert--error" role="alert" data-testid="model-error">
            {modelError}
          </p>
        ) : null}

        <div className="card">
          <SentenceInput
            value={text}
            onChange={setText}
            onTranslate={(s) => void translate(variant, nameOf(variant), s)}
            busy={translating}
            disabled={busy !== null || !variant || modelError !== null}
          />
          <p className="status muted small" data-testid="status" data-busy={isBusy ? 'true' : 'false'} aria-live="polite">
            {busy ?? (translating ? t.translating : modelError || !variant ? t.unavailable : [t.ready, cardLine].filter(Boolean).join(' · '))}
          </p>
        </div>

        {error ? (
          <p className="alert alert--error" role="alert" data-testid="translate-error">
            {error}
          </p>
        ) : null}
        {result ? <TranslationView key={result.seq} result={result.r} /> : null}
      </main>

      <Footer />
    </div>
  );
}
