/**
 * A QR code as inline SVG, made at build time (npm qrcode), for the printed letter about works:
 * a phone's camera opens the page's address. Error correction M (15 %), no quiet zone of its own
 * (the letter's white margin is one); the size is the CSS's.
 */
import QRCode from 'qrcode';

/** The SVG of a QR code for `address`, hidden from screen readers: the address is written beside it. */
export async function qrCodeSvg(address: string): Promise<string> {
  const svg = await QRCode.toString(address, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
  return svg.replace('<svg ', '<svg class="westwint-letter__qr" aria-hidden="true" ');
}
