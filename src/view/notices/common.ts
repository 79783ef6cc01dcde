/** Small display helpers the notice view models share. */
import { ui } from '../../i18n/zh-cn.ts';
import { formatNumber } from '../format.ts';

const t = ui.facts;

/** 是 / 否, or nothing where the field is absent. */
export const yesNo = (b: boolean | undefined) => (b === undefined ? undefined : b ? t.yes : t.no);

/** A number as shown, or nothing where the field is absent. */
export const num = (n: number | undefined) => (n === undefined ? undefined : formatNumber(n));
