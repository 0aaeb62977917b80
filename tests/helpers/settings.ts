/** Good fields for content/site.yaml, as the unit tests of the schemas and the editor's checks use them. */
export const GOOD_SETTINGS = {
  name: 'West wint aan ruimte',
  tagline: 'Samen werken aan Kerkrade-West',
  description: 'Het programma.',
  partners: [{ name: 'Gemeente Kerkrade', url: 'https://www.kerkrade.nl' }],
  social: { label: '@Westwintaanruim', url: 'https://x.com/Westwintaanruim' },
  navigation: [{ label: 'Nieuws', href: '/nieuws/' }],
  contact: { name: 'West wint aan ruimte', role: 'informatiepunt van het programma', phone: '14 045' },
  newsletterSignupAction: '/nieuwsbrief/aangemeld/',
  security: {
    contact: 'mailto:info@westwint.nl',
    languages: ['nl', 'en'],
    policy: '/kwetsbaarheid-melden/',
  },
};
