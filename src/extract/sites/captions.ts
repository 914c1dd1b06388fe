/**
 * How newsrooms credit photos, as data — Indonesian conventions first, then the agencies' and
 * English-language papers'. Each pattern's first group is the credit; tried in order against
 * the caption text.
 */
export const CREDIT_PATTERNS: readonly RegExp[] = [
  // "(Foto: DKISP Kabupaten Banjar)", "(FOTO : Humas)", "(Foto/Ist)", "(Dok. Humas)", "(Sumber foto: X)"
  /[([]\s*(?:foto|photo|image|gambar|dok(?:umentasi)?|dokumen|sumber(?:\s+foto)?|kredit(?:\s+foto)?|credit)\s*(?:[:./]\s*|\s+)([^()[\]]{1,80}?)\s*[)\]]\s*\.?$/i,
  // "(Ist)", "(Istimewa)", "(Net)", "(Dok)", "(Foto Ist)"
  /[([]\s*((?:foto\s+)?(?:ist|istimewa|net|internet|dok|doc|repro|tangkapan layar|screenshot))\s*[)\]]\s*\.?$/i,
  // "… Foto: ANTARA/Istimewa", "… FOTO : Humas Pemkab" — not the label "Keterangan foto:" / "Ket. foto:"
  // opening a caption, which is the caption's text, never its credit.
  /(?:^|[.;|\s–—-])\s*(?<!\bket(?:erangan)?\.?\s{0,3})(?:foto|photo|dok(?:umentasi)?|sumber foto)\s*[:：]\s*(.{1,80}?)\s*\.?$/i,
  // "… ANTARA FOTO/Bayu Pratama S", "… (ANTARA/Fulan)"
  /(?:^|[\s(])((?:ANTARA FOTO|ANTARA|KOMPAS\.com|Kompas|Tribun\w*|detik\w*|Reuters|AFP|AP)\s*\/\s*[^()]{1,60}?)\s*\)?\s*\.?$/,
  // "(Ahmad/Katajari)", "(kjc/Katajari.com)": a trailing name/outlet pair
  /\(([^()/]{2,40}\/[^()/]{2,40})\)\s*\.?$/,
  // "… malam. Banjarmasin Post/Rahmat Hidayat": an outlet/name credit line after the caption's
  // last sentence, unbracketed (Tribun network and regional dailies print it on its own line).
  /[.!?)]\s+(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}\s?\/\s?\p{Lu}[\p{L}.']*(?: \p{Lu}[\p{L}.']*){0,3})\s*$/u,
  // English credits: "Credit…Name/The New York Times", "Photo: Name", "Image credit: X"
  /(?:^|[\s.])(?:image |photo )?credit\s*(?:…|\.\.\.|:)\s*(.{2,80}?)\s*$/i,
  // "Natalie Naccache | Bloomberg | Getty Images"
  /(?:^|[.!?]\s+)((?:\p{Lu}[^|.!?]{1,40}\s\|\s){1,2}(?:Getty Images|AFP|Reuters|AP|EPA|Bloomberg|Shutterstock|Alamy|ANTARA FOTO|ANTARA)(?:\s+via\s+[^|]{1,30})?)\s*$/u,
];

/** Credits that are a word for "handout" are kept as written, only trimmed of "Foto". */
export const CREDIT_PREFIX = /^(?:foto|photo)\s*[:./]?\s*/i;

/**
 * A text block that reads like a caption when it stands right under an image: Indonesian
 * captions open with "Foto:", "Keterangan foto:", "Ket:", "Ilustrasi", "Tampak", "Suasana";
 * English ones with "Photo:", "Caption:".
 */
export const CAPTION_LEAD = /^(?:foto|photo|ket(?:erangan)?(?:\.?\s*foto)?|caption|ilustrasi|tampak|suasana)\s*[:：.-]/i;

/**
 * Class or id words of photo galleries and slideshows (WordPress galleries, Owl Carousel,
 * Swiper, Slick, Fotorama, lightGallery; the "galeri foto" pages of Indonesian portals).
 */
export const GALLERY_PARTS: readonly string[] = [
  'gallery',
  'galeri',
  'galery',
  'galleria',
  'slideshow',
  'slider',
  'slides',
  'carousel',
  'owl-carousel',
  'swiper',
  'slick',
  'fotorama',
  'lightgallery',
  'photo-gallery',
  'galeri-foto',
  'foto-galeri',
  'photostory',
];

/** Images that are no photo: icons, logos, avatars, emoji, tracking pixels, spinners. */
export const NOT_A_PHOTO =
  /(?:^|[/_.-])(?:icon|icons|logo|logos|avatar|avatars|emoji|emoticon|spinner|loader|pixel|1x1|spacer|badge|button|sprite)(?:$|[/_.-])/i;

/**
 * Words that mark a caption when they stand in an element's class or id — as a whole word,
 * delimited by start, end, space, "-" or "_", camelCase split first ("InlineImage-imageEmbedCredit"
 * → "inline image image embed credit": news CMSs with BEM/camelCase component classes).
 * Any class containing "caption" is one too ("wp-caption-text", "newsCaption").
 */
export const CAPTION_WORDS: readonly string[] = [
  // Credit lines printed under a caption (English-language CMSs).
  'credit',
  'credits',
  'imagecredit',
  'photocredit',
  // Indonesian themes: "keterangan-foto", "ket-foto".
  'keterangan',
  'ket-foto',
];

/**
 * Classes of elements that hold one image and its caption, by theme: WordPress core
 * ("[caption]" shortcode, Gutenberg image and gallery blocks), Blogger caption tables,
 * Newspaper (tagDiv) and JNews featured images, generic image containers.
 */
export const FIGURE_CLASSES: readonly string[] = [
  'wp-caption',
  'wp-block-image',
  'tr-caption-container',
  'gallery-item',
  'wp-block-gallery',
  'image-container',
  'img-container',
  'foto-container',
  'post-thumbnail',
  'featured-image',
  'td-post-featured-image',
  'jeg_featured',
];

/**
 * "Foto:" opening a caption is a credit when only a credit follows ("Foto: Humas Pemkab
 * Banjar", "Foto: dok. pribadi"), and the caption's label when a description follows ("Foto:
 * Warga melintasi jalan yang terendam banjir, Senin (4/11/2024)"): a date, or a lower-case word
 * that credits never use, tells the description. The words credits do use, lower case
 * (Indonesian newsroom credits: dokumentasi, istimewa, tangkapan layar, and the platforms a
 * screenshot is taken from).
 */
export const OPENING_PHOTO_LABEL = /^(?:foto|photo)\s*[:：]\s*/i;
export const CREDIT_LOWERCASE_WORDS: readonly string[] = [
  'dok',
  'doc',
  'dokumentasi',
  'dokumen',
  'istimewa',
  'ist',
  'pribadi',
  'net',
  'internet',
  'humas',
  'repro',
  'tangkapan',
  'layar',
  'screenshot',
  'video',
  'akun',
  'instagram',
  'facebook',
  'youtube',
  'twitter',
  'tiktok',
  'via',
  'untuk',
  'dan',
  'oleh',
];
