/** The app's mark (a receipt with a return arrow), the same drawing as public/icons/favicon.svg. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg className="brand-mark" width={size} height={size} viewBox="0 0 512 512" aria-hidden="true" focusable="false">
      <rect width="512" height="512" rx="112" fill="#0f5c4d" />
      <path
        fill="#f6f7f5"
        d="M176 96h160a20 20 0 0 1 20 20v300l-25-18-25 18-25-18-25 18-25-18-25 18-25-18-25 18-25-18-25 18V116a20 20 0 0 1 20-20z"
      />
      <g fill="none" stroke="#0f5c4d" strokeLinecap="round" strokeLinejoin="round">
        <path strokeOpacity="0.35" strokeWidth="16" d="M200 150h112M200 192h72" />
        <path strokeWidth="24" d="M314 344v-18a56 56 0 0 0-56-56h-58M230 238l-32 32 32 32" />
      </g>
    </svg>
  );
}
