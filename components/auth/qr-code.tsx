import QRCode from "qrcode";

/**
 * A QR code drawn as SVG on the server from the code's module matrix: no image request, no inline markup string,
 * and nothing for the browser to fetch from elsewhere (the secret must not leave the page).
 */
export function QrCode({ text, label, size = 224 }: { text: string; label: string; size?: number }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quiet = 4; // the blank margin scanners need
  const dimension = modules.size + quiet * 2;
  let path = "";
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${dimension} ${dimension}`}
      shapeRendering="crispEdges"
    >
      <rect width={dimension} height={dimension} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
