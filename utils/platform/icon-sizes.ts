/** The sizes of Tend's icon, in `public/icon/<size>.png`: toolbar (16, 32), extensions page (48), stores (96, 128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
