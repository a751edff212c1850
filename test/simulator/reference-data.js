'use strict';

// Static reference lists the seed data is drawn from: real ports, plausible
// trading partners and products, and Flexport's documented event types
// (docs/reference/flexport-api.md §9.5).

const PORTS = [
  { unlocode: 'CNYTN', name: 'Yantian, Shenzhen, China', city: 'Shenzhen', state: 'Guangdong', country: 'China', countryCode: 'CN', timezone: 'Asia/Shanghai', types: ['seaport', 'roadport'], portCode: '57078', lat: 22.57, lon: 114.27 },
  { unlocode: 'CNSHA', name: 'Shanghai, China', city: 'Shanghai', state: null, country: 'China', countryCode: 'CN', timezone: 'Asia/Shanghai', types: ['seaport', 'roadport'], portCode: '57035', lat: 31.23, lon: 121.47 },
  { unlocode: 'CNNGB', name: 'Ningbo, China', city: 'Ningbo', state: 'Zhejiang', country: 'China', countryCode: 'CN', timezone: 'Asia/Shanghai', types: ['seaport'], portCode: '57020', lat: 29.87, lon: 121.54 },
  { unlocode: 'CNPVG', name: 'PVG - Shanghai Pudong International', city: 'Shanghai', state: null, country: 'China', countryCode: 'CN', timezone: 'Asia/Shanghai', types: ['airport', 'roadport'], portCode: '57000', iata: 'PVG', icao: 'ZSPD', lat: 31.14, lon: 121.81 },
  { unlocode: 'HKHKG', name: 'Hong Kong, Hong Kong', city: 'Hong Kong', state: null, country: 'Hong Kong', countryCode: 'HK', timezone: 'Asia/Hong_Kong', types: ['seaport', 'airport', 'roadport'], portCode: '58201', iata: 'HKG', icao: 'VHHH', lat: 22.3, lon: 114.17 },
  { unlocode: 'SGSIN', name: 'Singapore, Singapore', city: 'Singapore', state: null, country: 'Singapore', countryCode: 'SG', timezone: 'Asia/Singapore', types: ['seaport', 'airport'], portCode: '55976', iata: 'SIN', icao: 'WSSS', lat: 1.26, lon: 103.84 },
  { unlocode: 'KRPUS', name: 'Busan, South Korea', city: 'Busan', state: null, country: 'South Korea', countryCode: 'KR', timezone: 'Asia/Seoul', types: ['seaport'], portCode: '58023', lat: 35.1, lon: 129.04 },
  { unlocode: 'VNSGN', name: 'Ho Chi Minh City, Vietnam', city: 'Ho Chi Minh City', state: null, country: 'Vietnam', countryCode: 'VN', timezone: 'Asia/Ho_Chi_Minh', types: ['seaport', 'airport'], portCode: '55200', iata: 'SGN', icao: 'VVTS', lat: 10.77, lon: 106.7 },
  { unlocode: 'TWKHH', name: 'Kaohsiung, Taiwan', city: 'Kaohsiung', state: null, country: 'Taiwan', countryCode: 'TW', timezone: 'Asia/Taipei', types: ['seaport'], portCode: '58309', lat: 22.61, lon: 120.28 },
  { unlocode: 'INNSA', name: 'Nhava Sheva, India', city: 'Navi Mumbai', state: 'Maharashtra', country: 'India', countryCode: 'IN', timezone: 'Asia/Kolkata', types: ['seaport'], portCode: '53313', lat: 18.95, lon: 72.95 },
  { unlocode: 'NLRTM', name: 'Rotterdam, Netherlands', city: 'Rotterdam', state: null, country: 'Netherlands', countryCode: 'NL', timezone: 'Europe/Amsterdam', types: ['seaport', 'railport', 'roadport'], portCode: '42157', lat: 51.95, lon: 4.14 },
  { unlocode: 'DEHAM', name: 'Hamburg, Germany', city: 'Hamburg', state: null, country: 'Germany', countryCode: 'DE', timezone: 'Europe/Berlin', types: ['seaport', 'railport'], portCode: '42879', lat: 53.54, lon: 9.98 },
  { unlocode: 'BEANR', name: 'Antwerp, Belgium', city: 'Antwerp', state: null, country: 'Belgium', countryCode: 'BE', timezone: 'Europe/Brussels', types: ['seaport'], portCode: '42305', lat: 51.26, lon: 4.4 },
  { unlocode: 'GBFXT', name: 'Felixstowe, United Kingdom', city: 'Felixstowe', state: null, country: 'United Kingdom', countryCode: 'GB', timezone: 'Europe/London', types: ['seaport'], portCode: '41352', lat: 51.96, lon: 1.35 },
  { unlocode: 'DEFRA', name: 'FRA - Frankfurt am Main', city: 'Frankfurt', state: null, country: 'Germany', countryCode: 'DE', timezone: 'Europe/Berlin', types: ['airport', 'roadport'], portCode: '42800', iata: 'FRA', icao: 'EDDF', lat: 50.04, lon: 8.56 },
  { unlocode: 'USLAX', name: 'Los Angeles, CA', city: 'Los Angeles', state: 'CA', country: 'United States of America', countryCode: 'US', timezone: 'America/Los_Angeles', types: ['seaport', 'airport', 'roadport'], portCode: '2704', iata: 'LAX', icao: 'KLAX', lat: 33.74, lon: -118.26 },
  { unlocode: 'USLGB', name: 'Long Beach, CA', city: 'Long Beach', state: 'CA', country: 'United States of America', countryCode: 'US', timezone: 'America/Los_Angeles', types: ['seaport', 'railport'], portCode: '2709', lat: 33.75, lon: -118.21 },
  { unlocode: 'USOAK', name: 'Oakland, CA', city: 'Oakland', state: 'CA', country: 'United States of America', countryCode: 'US', timezone: 'America/Los_Angeles', types: ['seaport', 'railport', 'roadport'], portCode: '2811', lat: 37.8, lon: -122.28 },
  { unlocode: 'USSEA', name: 'Seattle, WA', city: 'Seattle', state: 'WA', country: 'United States of America', countryCode: 'US', timezone: 'America/Los_Angeles', types: ['seaport', 'airport'], portCode: '3001', iata: 'SEA', icao: 'KSEA', lat: 47.6, lon: -122.34 },
  { unlocode: 'USNYC', name: 'New York / Newark, NJ', city: 'Newark', state: 'NJ', country: 'United States of America', countryCode: 'US', timezone: 'America/New_York', types: ['seaport', 'airport', 'railport'], portCode: '4601', iata: 'EWR', icao: 'KEWR', lat: 40.68, lon: -74.15 },
  { unlocode: 'USSAV', name: 'Savannah, GA', city: 'Savannah', state: 'GA', country: 'United States of America', countryCode: 'US', timezone: 'America/New_York', types: ['seaport'], portCode: '1703', lat: 32.08, lon: -81.09 },
  { unlocode: 'USHOU', name: 'Houston, TX', city: 'Houston', state: 'TX', country: 'United States of America', countryCode: 'US', timezone: 'America/Chicago', types: ['seaport', 'railport'], portCode: '5301', lat: 29.73, lon: -95.27 },
  { unlocode: 'USORD', name: "ORD - Chicago O'Hare", city: 'Chicago', state: 'IL', country: 'United States of America', countryCode: 'US', timezone: 'America/Chicago', types: ['airport', 'railport', 'roadport'], portCode: '3901', iata: 'ORD', icao: 'KORD', lat: 41.98, lon: -87.9 },
  { unlocode: 'CAVAN', name: 'Vancouver, BC', city: 'Vancouver', state: 'BC', country: 'Canada', countryCode: 'CA', timezone: 'America/Vancouver', types: ['seaport', 'railport'], portCode: '0809', lat: 49.29, lon: -123.11 },
  { unlocode: 'MXZLO', name: 'Manzanillo, Mexico', city: 'Manzanillo', state: 'Colima', country: 'Mexico', countryCode: 'MX', timezone: 'America/Mexico_City', types: ['seaport'], portCode: '20195', lat: 19.05, lon: -104.31 },
];

const ORIGIN_PORTS = ['CNYTN', 'CNSHA', 'CNNGB', 'HKHKG', 'SGSIN', 'KRPUS', 'VNSGN', 'TWKHH', 'INNSA', 'CNPVG'];
const DESTINATION_PORTS = ['USLAX', 'USLGB', 'USOAK', 'USSEA', 'USNYC', 'USSAV', 'USHOU', 'NLRTM', 'DEHAM', 'GBFXT', 'USORD', 'DEFRA'];

// Suppliers and other parties in the account's network.
const PARTNERS = [
  { name: 'Shenzhen Brightway Electronics Co., Ltd.', ref: 'brightway_electronics', street: '88 Keyuan Road', city: 'Shenzhen', state: 'Guangdong', country: 'China', countryCode: 'CN', zip: '518057', unlocode: 'CNSZX', timezone: 'Asia/Shanghai', vatPrefix: 'CN' },
  { name: 'Ningbo Harbor Housewares Ltd.', ref: 'ningbo_harbor_housewares', street: '1200 Zhongshan East Road', city: 'Ningbo', state: 'Zhejiang', country: 'China', countryCode: 'CN', zip: '315000', unlocode: 'CNNGB', timezone: 'Asia/Shanghai', vatPrefix: 'CN' },
  { name: 'Saigon Textile Manufacturing JSC', ref: 'saigon_textile', street: '45 Nguyen Hue Boulevard', city: 'Ho Chi Minh City', state: null, country: 'Vietnam', countryCode: 'VN', zip: '700000', unlocode: 'VNSGN', timezone: 'Asia/Ho_Chi_Minh', vatPrefix: 'VN' },
  { name: 'Busan Precision Parts Co.', ref: 'busan_precision', street: '17 Jungang-daero', city: 'Busan', state: null, country: 'South Korea', countryCode: 'KR', zip: '48939', unlocode: 'KRPUS', timezone: 'Asia/Seoul', vatPrefix: 'KR' },
  { name: 'Kaohsiung Outdoor Gear Inc.', ref: 'kaohsiung_outdoor', street: '2 Chenggong 2nd Road', city: 'Kaohsiung', state: null, country: 'Taiwan', countryCode: 'TW', zip: '806', unlocode: 'TWKHH', timezone: 'Asia/Taipei', vatPrefix: 'TW' },
  { name: 'Mumbai Cotton Mills Pvt. Ltd.', ref: 'mumbai_cotton', street: '221 Senapati Bapat Marg', city: 'Mumbai', state: 'Maharashtra', country: 'India', countryCode: 'IN', zip: '400013', unlocode: 'INBOM', timezone: 'Asia/Kolkata', vatPrefix: 'IN' },
  { name: 'Guangzhou Lumen Lighting Co.', ref: 'lumen_lighting', street: '9 Huacheng Avenue', city: 'Guangzhou', state: 'Guangdong', country: 'China', countryCode: 'CN', zip: '510623', unlocode: 'CNCAN', timezone: 'Asia/Shanghai', vatPrefix: 'CN' },
  { name: 'Hanoi Ceramics Export Co.', ref: 'hanoi_ceramics', street: '12 Ly Thuong Kiet', city: 'Hanoi', state: null, country: 'Vietnam', countryCode: 'VN', zip: '100000', unlocode: 'VNHAN', timezone: 'Asia/Ho_Chi_Minh', vatPrefix: 'VN' },
  { name: 'Rotterdam Cross-Dock B.V.', ref: 'rotterdam_crossdock', street: 'Waalhaven Oostzijde 81', city: 'Rotterdam', state: null, country: 'Netherlands', countryCode: 'NL', zip: '3087 BM', unlocode: 'NLRTM', timezone: 'Europe/Amsterdam', vatPrefix: 'NL' },
  { name: 'Pacific Retail Group LLC', ref: 'pacific_retail', street: '500 Harbor Boulevard', city: 'Long Beach', state: 'CA', country: 'United States of America', countryCode: 'US', zip: '90802', unlocode: 'USLGB', timezone: 'America/Los_Angeles', vatPrefix: 'US' },
  { name: 'Midwest Home Stores Inc.', ref: 'midwest_home', street: '2100 Logistics Parkway', city: 'Joliet', state: 'IL', country: 'United States of America', countryCode: 'US', zip: '60431', unlocode: 'USJOT', timezone: 'America/Chicago', vatPrefix: 'US' },
  { name: 'Hamburg Fahrrad GmbH', ref: 'hamburg_fahrrad', street: 'Am Sandtorkai 40', city: 'Hamburg', state: null, country: 'Germany', countryCode: 'DE', zip: '20457', unlocode: 'DEHAM', timezone: 'Europe/Berlin', vatPrefix: 'DE' },
];

// The API caller's own company (GET /network/me/companies).
const OWN_COMPANY = {
  name: 'Simulated Imports Inc.',
  ref: 'sim_imports',
  entities: [
    { name: 'Simulated Imports Inc.', ref: 'sim_imports_us', street: '1 Market Street', street2: 'Suite 400', city: 'San Francisco', state: 'CA', country: 'United States of America', countryCode: 'US', zip: '94105', unlocode: 'USSFO', timezone: 'America/Los_Angeles', vatPrefix: 'US' },
    { name: 'Simulated Imports Europe B.V.', ref: 'sim_imports_eu', street: 'Keizersgracht 100', street2: null, city: 'Amsterdam', state: null, country: 'Netherlands', countryCode: 'NL', zip: '1015 CV', unlocode: 'NLAMS', timezone: 'Europe/Amsterdam', vatPrefix: 'NL' },
  ],
  locations: [
    { name: 'Los Angeles Distribution Center', ref: 'warehouse_us_la', street: '2400 E Carson St', city: 'Carson', state: 'CA', country: 'United States of America', countryCode: 'US', zip: '90810', unlocode: 'USLAX', timezone: 'America/Los_Angeles' },
    { name: 'New Jersey Fulfilment Center', ref: 'warehouse_us_nj', street: '700 Port Reading Ave', city: 'Port Reading', state: 'NJ', country: 'United States of America', countryCode: 'US', zip: '07064', unlocode: 'USNYC', timezone: 'America/New_York' },
    { name: 'Venlo EU Warehouse', ref: 'warehouse_eu_venlo', street: 'Celsiusweg 20', city: 'Venlo', state: null, country: 'Netherlands', countryCode: 'NL', zip: '5928 PR', unlocode: 'NLVEN', timezone: 'Europe/Amsterdam' },
  ],
};

const PRODUCTS = [
  ['Wireless Earbuds Pro', 'Electronics', '8518.30.20', 'China'],
  ['USB-C Charging Cable 2m', 'Electronics', '8544.42.90', 'China'],
  ['AC Adapter 12V', 'Electronics', '8504.40.95', 'China'],
  ['LED Desk Lamp', 'Lighting', '9405.20.60', 'China'],
  ['Smart Light Bulb E27', 'Lighting', '8539.52.00', 'China'],
  ['Stainless Steel Water Bottle 750ml', 'Housewares', '7323.93.00', 'China'],
  ['Ceramic Dinner Plate Set', 'Housewares', '6912.00.48', 'Vietnam'],
  ['Non-stick Frying Pan 28cm', 'Housewares', '7615.10.71', 'China'],
  ['Organic Cotton T-Shirt', 'Apparel', '6109.10.00', 'India'],
  ['Merino Wool Sweater', 'Apparel', '6110.11.00', 'Vietnam'],
  ['Denim Jeans Slim Fit', 'Apparel', '6203.42.40', 'Vietnam'],
  ['Running Shoes', 'Footwear', '6404.11.90', 'Vietnam'],
  ['Hiking Backpack 40L', 'Outdoor', '4202.92.31', 'Taiwan'],
  ['Two-person Camping Tent', 'Outdoor', '6306.22.90', 'Taiwan'],
  ['Carbon Trekking Poles', 'Outdoor', '9506.99.60', 'Taiwan'],
  ['Bicycle Helmet', 'Sporting Goods', '6506.10.30', 'China'],
  ['City Bicycle 28"', 'Sporting Goods', '8712.00.25', 'Taiwan'],
  ['Yoga Mat', 'Sporting Goods', '9506.91.00', 'China'],
  ['Precision Ball Bearing 6204', 'Industrial Parts', '8482.10.50', 'South Korea'],
  ['Hydraulic Hose Fitting', 'Industrial Parts', '7307.19.90', 'South Korea'],
  ['Cordless Drill 18V', 'Tools', '8467.21.00', 'China'],
  ['Office Chair Ergonomic', 'Furniture', '9401.30.80', 'China'],
  ['Standing Desk Frame', 'Furniture', '9403.20.00', 'China'],
  ['Bamboo Cutting Board', 'Housewares', '4419.90.90', 'Vietnam'],
  ['Scented Soy Candle', 'Home Decor', '3406.00.00', 'India'],
  ['Cotton Bath Towel', 'Home Textiles', '6302.60.00', 'India'],
  ['Lithium Power Bank 10000mAh', 'Electronics', '8507.60.00', 'China'],
  ['Bluetooth Speaker', 'Electronics', '8518.22.00', 'China'],
  ['Kids Building Blocks Set', 'Toys', '9503.00.00', 'China'],
  ['Porcelain Coffee Mug', 'Housewares', '6911.10.80', 'Vietnam'],
];

const CARRIERS = [
  { name: 'Maersk', scac: 'MAEU', vessels: ['Maersk Essen', 'Gerd Maersk', 'Maersk Kinloss'] },
  { name: 'COSCO Shipping', scac: 'COSU', vessels: ['COSCO Universe', 'COSCO Pride'] },
  { name: 'MSC', scac: 'MSCU', vessels: ['MSC Gulsun', 'MSC Oscar'] },
  { name: 'Hapag-Lloyd', scac: 'HLCU', vessels: ['Berlin Express', 'Leverkusen Express'] },
  { name: 'ONE', scac: 'ONEY', vessels: ['ONE Apus', 'ONE Innovation'] },
  { name: 'Evergreen', scac: 'EGLV', vessels: ['Ever Ace', 'Ever Given'] },
];

const AIRLINES = [
  { name: 'Cathay Cargo', iata: 'CX', icao: 'CPA' },
  { name: 'Lufthansa Cargo', iata: 'LH', icao: 'GEC' },
  { name: 'Korean Air Cargo', iata: 'KE', icao: 'KAL' },
];

const TRUCKERS = ['Pacific Drayage Co.', 'Liberty Carrier', 'Blue Line Trucking', 'EuroHaul B.V.'];

// Flexport milestone event types, grouped by the resource they describe.
const EVENT_TYPES = {
  shipment: [
    '/shipment#created', '/shipment#booking_confirmed', '/shipment#schedule_confirmed',
    '/shipment#cargo_ready_date_changed', '/shipment#delivered_in_full',
    '/shipment#customs_entry_release_status_released', '/shipment#vessel_delay_port_congestion',
    '/shipment#weather_delay', '/shipment#cargo_rolled_from_booked_vessel',
  ],
  shipmentLeg: [
    '/shipment_leg#departed', '/shipment_leg#arrived', '/shipment_leg#delivered',
    '/shipment_leg#updated_estimated_time_of_arrival',
  ],
  containerLeg: ['/ocean/shipment_container_leg#available_for_pickup'],
  invoice: ['/invoice#invoice_shared', '/invoice#invoice_payment_made', '/invoice#invoice_due_date_adjusted'],
};

const DOCUMENT_TYPES = [
  'commercial_invoice', 'commercial_invoice_packing_list', 'packing_list', 'certificate_of_origin',
  'house_bill_of_lading', 'master_bill_of_lading', 'arrival_notice', 'customs_entry_summary',
  'billing_packet', 'booking_sheet',
];

module.exports = {
  PORTS, ORIGIN_PORTS, DESTINATION_PORTS, PARTNERS, OWN_COMPANY, PRODUCTS,
  CARRIERS, AIRLINES, TRUCKERS, EVENT_TYPES, DOCUMENT_TYPES,
};
