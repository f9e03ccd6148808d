/**
 * Korean / English UI and the dark theme: switching the language changes the texts and <html lang>
 * and survives a reload; a Korean browser starts in Korean; the theme select sets data-theme and the
 * page colours. Every test also checks that the page logged no errors and never talked to another origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { check, watch } from './pageWatch';
import { tourSeenState } from './tourState';

test.beforeEach(async ({ page, baseURL }) => watch(page, baseURL!));
test.afterEach(async ({ page }) => check(page));

/** Opens the page and waits until the default model is loaded. */
async function open(page: Page): Promise<void> {
  await page.goto('./?backend=wasm');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('model-error')).toHaveCount(0);
}

test('switches to Korean and back; the choice persists after a reload', async ({ page }) => {
  await open(page);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(h1).toHaveText('Attention, live: English → French');
  await expect(page.getByRole('tab', { name: 'Beam search' })).toBeVisible();

  const lang = page.getByLabel('Language', { exact: true });
  await lang.selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(h1).toHaveText('어텐션 실시간 보기: 영어 → 프랑스어');
  await expect(page.getByRole('tab', { name: '빔 서치' })).toBeVisible();
  await expect(page.getByTestId('translate')).toHaveText('번역');
  await expect(page.getByTestId('status')).toContainText('준비됨');
  await expect(page.getByTestId('model-description')).toHaveText(
    '쌍선형(general) 점수 h_tᵀ W_a h̄_j를 쓰는 전역 어텐션 (Luong 외, 2015).',
  );
  // Korean text breaks between words.
  expect(await h1.evaluate((e) => getComputedStyle(e).wordBreak)).toBe('keep-all');

  // A translation in Korean mode: the result's headings are Korean too.
  await page.getByTestId('source-input').fill('I am a student.');
  await page.getByTestId('translate').click();
  await expect(page.locator('[data-testid="result"][data-backend="wasm"]')).toHaveAttribute('data-source', 'I am a student.');
  await expect(page.getByText('프랑스어 번역')).toBeVisible();
  await expect(page.getByText('French translation')).toHaveCount(0);

  // The choice survives a reload (the language select is now labelled in Korean).
  await page.reload();
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(h1).toHaveText('어텐션 실시간 보기: 영어 → 프랑스어');
  await expect(page.getByLabel('언어', { exact: true })).toHaveValue('ko');

  // And back to English.
  await page.getByLabel('언어', { exact: true }).selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(h1).toHaveText('Attention, live: English → French');
  await expect(page.getByTestId('model-description')).toHaveText(
    'Global attention with the bilinear score h_tᵀ W_a h̄_j (Luong et al., 2015).',
  );
  await expect(page.getByTestId('attribution')).toHaveText('Sentence pairs: www.manythings.org/anki and tatoeba.org, CC BY 2.0.');
  await page.reload();
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(h1).toHaveText('Attention, live: English → French');
});

test('a Korean browser (locale ko-KR) starts in Korean', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'ko-KR', storageState: tourSeenState(baseURL!) });
  const page = await context.newPage();
  watch(page, baseURL!);
  try {
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('어텐션 실시간 보기: 영어 → 프랑스어');
    await expect(page.getByLabel('언어', { exact: true })).toHaveValue('ko');
    await expect(page.getByTestId('attribution')).toContainText('문장 쌍:');
    // the en→de models' descriptions are Korean too (their ids carry the pair)
    await page.getByTestId('pair-select').selectOption('en-de');
    await expect(page.getByTestId('model-select')).toHaveValue('en-de/luong-general');
    await expect(page.getByTestId('model-description')).toHaveText(
      '쌍선형(general) 점수 h_tᵀ W_a h̄_j를 쓰는 전역 어텐션 (Luong 외, 2015).',
    );
    await page.getByTestId('model-select').selectOption('en-de/none');
    await expect(page.getByTestId('model-description')).toHaveText('디코더는 문장 전체를 담은 고정 벡터 하나만 봅니다.');
    check(page);
  } finally {
    await context.close();
  }
});

test('the theme select sets data-theme and the page colours; the choice is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await open(page);
  const html = page.locator('html');
  const bg = (): Promise<string> => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await expect(html).toHaveAttribute('data-theme', 'light');
  const light = await bg();

  const theme = page.getByLabel('Theme');
  await expect(theme).toHaveValue('system');
  await theme.selectOption('dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const dark = await bg();
  expect(dark).not.toBe(light);
  // The dark background really is dark.
  const [r, g, b] = dark.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(150);

  await page.reload();
  await expect(page.getByTestId('status')).toHaveAttribute('data-busy', 'false');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');

  // System: follows prefers-color-scheme, also when it changes.
  await page.getByLabel('Theme').selectOption('system');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).toBe(dark);
  await theme.selectOption('light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await bg()).toBe(light);
});
