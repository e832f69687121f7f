"""Values for the sixteenth holdout PII set (tools/pii_holdout16_set.py), written from scratch for it.

Person names come from hand-written given-name and surname lists of origins no earlier split uses. Phone numbers
are drawn digit by digit inside the lengths a region's metadata allows and kept only when `phonenumbers` calls
them valid mobile or fixed-line numbers of that region (no example number is used as a seed). Cards, IBANs,
BICs, SSNs, driver's licences, medical record numbers, dates of birth and street lines follow their published
layouts, check digits and calendars. No Faker, no Mimesis.
"""

from __future__ import annotations

import random
import re._parser as _sre
import unicodedata
from datetime import date, timedelta
from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT


class Where(NamedTuple):
    country: str  # ISO 3166 region as phonenumbers knows it
    lang: str  # language of labels, months and street words
    origin: str  # key of NAMES
    towns: tuple[str, ...]  # the postcode and town as the country writes them


def _s(text: str) -> tuple[str, ...]:
    return tuple(text.split(";"))


# origin: (given names, surnames), typed by hand
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Oneida": (_s("Loretta;Delmar;Arlene;Purcell;Twylah;Everett;Nettie;Rayburn"),
               _s("Doxtator;Skenandore;Metoxen;Powless;Ninham;Danforth;Wheelock;Cornelius")),
    "Cheyenne": (_s("Lenora;Conrad;Winona;Merle;Geneva;Otis;Twila;Leland"),
                 _s("Littlebird;Redbird;Whiteman;Limpy;Firecrow;Oldbull;Spottedelk;Medicinebull")),
    "Comanche": (_s("Juanita;Lanny;Ozella;Wallace;Reva;Haddon;Gwendolyn;Truman"),
                 _s("Tahmahkera;Wahnee;Pahdopony;Kassanavoid;Tosee;Tabbytite;Wermy;Mithlo")),
    "Tewa": (_s("Esequiel;Tessie;Santana;Rosita;Porfirio;Geronima;Ambrosio;Pauline"),
             _s("Naranjo;Tafoya;Sisneros;Aguino;Cata;Chavarria;Gachupin;Tapia")),
    "Virgin Islander": (_s("Alphonso;Glenda;Cuthbert;Myrna;Elridge;Sheralyn;Vernon;Lorna"),
                        _s("Lettsome;Krigger;Petersen;Hendricks;Christian;Frett;Benjamin;Hodge")),
    "Kwakwaka'wakw": (_s("Mungo;Agnes;Basil;Corrine;Wilfred;Marion;Gloria;Rosalind"),
                      _s("Cranmer;Sewid;Whonnock;Wadhams;Alfred;Speck;Mountain;Hunt")),
    "Atikamekw": (_s("Wapikoni;Réal;Marie-Ange;Sipi;Gilles;Nicole;Jacinthe;Armand"),
                  _s("Ottawa;Quitich;Flamand;Petiquay;Niquay;Awashish;Echaquan;Chilton")),
    "Newfoundlander": (_s("Phonse;Bride;Ches;Madonna;Clarence;Gert;Wince;Ida"),
                       _s("Hiscock;Pottle;Furey;Keough;Snook;Tobin;Squires;Abbott")),
    "Saint-Pierrais": (_s("Yannick;Annick;Stéphane;Karine;Loïc;Soizic;Gaël;Maëlle"),
                       _s("Detcheverry;Girardin;Claireaux;Briand;Lafitte;Poirier;Apesteguy;Urdanabia")),
    "Saint-Barth": (_s("Bruno;Hélène;Jean-Yves;Maryvonne;Rodolphe;Ghislaine;Cédric;Josette"),
                    _s("Gréaux;Lédée;Questel;Magras;Berry;Aubin;Laplace;Danet")),
    "Sint Maartener": (_s("Clem;Marlene;Leroy;Sarah;Rolando;Gracita;Lenny;Ingrid"),
                       _s("Wathey;Arrindell;Gumbs;Illidge;Heyliger;Richardson;Lake;Brooks")),
    "Bonairean": (_s("Edsel;Jeanette;Nolly;Rignald;Quinsy;Jeraldine;Shurandy;Elvis"),
                  _s("Domacassé;Janga;Martis;Thode;Cicilia;Emerenciana;Piar;Frans")),
    "Mam": (_s("Abelino;Candelaria;Efraín;Juventina;Lázaro;Olegaria;Sebastián;Hermelinda"),
            _s("Bámaca;Escalante;Matías;Domingo;Velásquez;Vail;Tomás;Cifuentes")),
    "Tzeltal": (_s("Xun;Maruch;Petul;Xalik;Manel;Tumin;Lol;Antonia"),
                _s("Sántiz;Intzín;Guzmán;Méndez;Gómez;Encino;Tevilla;Jiménez")),
    "Wixárika": (_s("Eutimio;Teiwari;Xuturi;Jacinta;Hilario;Nieves;Eakame;Margarita"),
                 _s("Carrillo;Candelario;Serio;Muñoz;Ríos;Minjarez;Robles;Chivarra")),
    "Gaúcho": (_s("Jandir;Loiva;Ivanir;Noeli;Valdemar;Dilceu;Neusa;Adelar"),
               _s("Azambuja;Dornelles;Brum;Goulart;Quadros;Lemos;Borba;Chaves")),
    "Turkish Cypriot": (_s("Hüseyin;Derviş;Emine;Nevzat;Hatice;Serdar;Pembe;Ertuğrul"),
                        _s("Hasipoğlu;Beyoğlu;Akıncı;Özgürgün;Eroğlu;Küçük;Denktaş;Talat")),
    "Tsakonian": (_s("Παναγιώτης;Σταματία;Λεωνίδας;Κυριακή;Θεοδόσης;Αικατερίνη;Ηλίας;Βασιλική"),
                  _s("Λιάκος;Κουτσούκος;Μπαρμπέρης;Αναστασάκης;Γιαννακούρος;Τζαννετάκος;Ζερβός;Κατσουλάκος")),
    "Piedmontese": (_s("Giors;Gioanin;Teresin;Ghitin;Battista;Pinota;Censin;Madlenin"),
                    _s("Giachino;Bertola;Cravero;Gribaudo;Bergese;Chiabrando;Allasia;Abrate")),
    "Cimbrian": (_s("Toni;Bepi;Anzolo;Tita;Rosina;Gigio;Nane;Bortola"),
                 _s("Nicolussi;Slaviero;Frigo;Schivo;Stern;Pozzer;Martello;Gheller")),
    "Veps": (_s("Анатолий;Зинаида;Валентин;Таисия;Егор;Римма;Пётр;Зоя"),
             _s("Кукоев;Мошников;Зайков;Пахомов;Строгальщиков;Ларионов;Ефимов;Абрамов")),
    "Nogai": (_s("Мурат;Айшат;Керим;Зульфия;Ислам;Асият;Рашид;Майсарат"),
              _s("Кидирниязов;Кумратов;Курманалиев;Джанибеков;Акмурзаев;Ханмурзаев;Бекмурзаев;Карасов")),
    "Sylheti": (_s("Shamim;Rumana;Jubair;Nazma;Foysal;Shilpi;Muhibur;রুমানা"),
                _s("Chowdhury;Miah;Talukdar;Majumder;Laskar;Mazumder;Bhuiyan;চৌধুরী")),
    "Kuwaiti": (_s("مشاري;نوره;بدر;دانة;Mishari;Bader;Dana;Shaikha"),
                _s("العنزي;المطيري;الكندري;الهاجري;Al-Kandari;Al-Mutairi;Al-Hajri;Al-Enezi")),
    "Libyan": (_s("Mabrouka;Abdelhakim;Naima;Mabrouk;Hawa;Tarek;Zeinab;Salem"),
               _s("Elmagrahi;Bugaighis;Zlitni;Elkikhia;Gheriani;Tarhuni;Shalgham;Benhalim")),
    "Tashelhit": (_s("Lahcen;Itto;Brahim;Tuda;Mbarek;Fadma;Hmad;Yamna"),
                  _s("Oubaha;Idbelkas;Ouhammou;Amzil;Ouaziz;Boutkabout;Oulhaj;Aitlhaj")),
    "Nzema": (_s("Ayima;Kaku;Nyamekye;Ekyi;Bozoma;Aka;Manza;Anwoma"),
              _s("Ackah;Blay;Erzuah;Nkrumah;Armah;Ezoua;Kwofie;Kaku")),
    "Iteso": (_s("Asio;Okiror;Amongin;Ekwaro;Akol;Opio;Atim;Emuron"),
              _s("Opolot;Emurwon;Ikiror;Ariko;Okurut;Etyang;Egonu;Amuge")),
    "Tigre": (_s("Idris;Amna;Osman;Halima;Saleh;Zahra;Mahmoud;Fatna"),
              _s("Awate;Kekia;Hamid;Adem;Jaber;Nur;Omer;Shaban")),
    "Yao": (_s("Abiti;Jamila;Bakili;Mwanaisha;Sosten;Asima;Yusufu;Chikondi"),
            _s("Chisale;Chilumpha;Msusa;Kalonga;Jafali;Chiwaula;Makawa;Mussa")),
    "Basaa": (_s("Christelle;Makon;Gervais;Hilaire;Yvette;Lipem;Nkot;Mireille"),
              _s("Nyobè;Bikoï;Mbog;Ndjock;Likeng;Bayiha;Biyong;Ngos")),
    "Dyula": (_s("Siaka;Mariam;Lassina;Awa;Bakary;Fanta;Yacouba;Korotoum"),
              _s("Ouattara;Bamba;Diabaté;Fofana;Sanogo;Cissé;Karamoko;Doumbia")),
    "Madurese": (_s("Maskur;Holifah;Sahrawi;Mutmainah;Hasyim;Rofiah;Jumali;Marsuki"),
                 _s("Busyro;Zaini;Kholil;Sulaiman;Fathorrahman;Hamid;Maimun;Syafiuddin")),
    "Banjar": (_s("Jumberi;Mahlianur;Rusmini;Nursiah;Hairil;Misran;Rabiatul;Gusti"),
               _s("Ramli;Effendi;Noor;Akhmad;Saberan;Hamdani;Sahriani;Fadillah")),
    "Bikol": (_s("Nonoy;Marites;Reynaldo;Perla;Jovito;Rowena;Dante;Marilou"),
              _s("Bonto;Rañola;Bichara;Imperial;Sabio;Belen;Tria;Bercasio")),
    "Pangasinan": (_s("Rodrigo;Imelda;Leopoldo;Milagros;Efren;Rosalinda;Ernesto;Carmelita"),
                   _s("Datuin;Viray;Doria;Macaranas;Quiocho;Paragas;Sison;Ferrer")),
    "Bunun": (_s("Biung;Umav;Tiang;Savi;美玲;建宏;淑芬;志明"),
              _s("Istanda;Takisvilainan;Tanapima;Ispalidav;全;胡;伍;司")),
    "Shanghainese": (_s("静怡;浩然;佳琪;国栋;雪芳;伟民;Jingyi;Guodong"),
                     _s("沈;顾;陆;钱;蒋;陶;Shen;Gu")),
    "Csángó": (_s("Ilona;Mihály;Rozália;Antal;Borbála;Péter;Katalin;Lukács"),
               _s("Duma;Benke;Bálint;Tímár;Gyurka;Legedi;Demeter;Perka")),
    "Ålander": (_s("Holger;Siv;Anders;Gunnel;Kjell;Agneta;Roger;Birgitta"),
                _s("Sundblom;Jansson;Mattsson;Karlström;Lindqvist;Nordlund;Sjöblom;Husell")),
    "Orcadian": (_s("Erlend;Thora;Sigurd;Isla;Ronald;Moira;Tam;Edith"),
                 _s("Flett;Rendall;Linklater;Spence;Drever;Harcus;Muir;Corrigall")),
}  # fmt: skip


def _w(country: str, lang: str, origin: str, towns: str) -> Where:
    return Where(country, lang, origin, _s(towns))


LOCALES: dict[str, Where] = {
    "one-US": _w("US", "en", "Oneida", "Oneida, WI 54155;De Pere, WI 54115;Green Bay, WI 54303"),
    "chy-US": _w("US", "en", "Cheyenne", "Lame Deer, MT 59043;Busby, MT 59016;Clinton, OK 73601"),
    "com-US": _w("US", "en", "Comanche", "Lawton, OK 73505;Apache, OK 73006;Walters, OK 73572"),
    "tew-US": _w("US", "en", "Tewa", "Española, NM 87532;Ohkay Owingeh, NM 87566;Santa Fe, NM 87506"),
    "en-VI": _w("VI", "en", "Virgin Islander", "Christiansted, VI 00820;Charlotte Amalie, VI 00802"),
    "kwk-CA": _w("CA", "en", "Kwakwaka'wakw", "Alert Bay BC V0N 1A0;Port Hardy BC V0N 2P0"),
    "atj-CA": _w("CA", "fr", "Atikamekw", "Manawan QC J0K 1M0;La Tuque QC G9X 2P8;Wemotaci QC G0X 3R0"),
    "en-x-newfoundland-CA": _w("CA", "en", "Newfoundlander", "St. John's NL A1C 5M2;Corner Brook NL A2H 6J3"),
    "fr-PM": _w("PM", "fr", "Saint-Pierrais", "97500 Saint-Pierre;97500 Miquelon-Langlade"),
    "fr-BL": _w("BL", "fr", "Saint-Barth", "97133 Gustavia;97133 Lorient, Saint-Barthélemy"),
    "en-SX": _w("SX", "en", "Sint Maartener", "Philipsburg, Sint Maarten;Cole Bay, Sint Maarten"),
    "pap-BQ": _w("BQ", "nl", "Bonairean", "Kralendijk, Bonaire;Rincon, Bonaire;Antriol, Bonaire"),
    "mam-GT": _w("GT", "es", "Mam", "09001 Quetzaltenango;13001 Huehuetenango;12001 San Marcos"),
    "tzh-MX": _w("MX", "es", "Tzeltal", "29950 Ocosingo, Chis.;29350 Tenejapa, Chis.;29960 Palenque, Chis."),
    "hch-MX": _w("MX", "es", "Wixárika", "46230 Mezquitic, Jal.;63530 Huajimic, Nay.;46300 Colotlán, Jal."),
    "pt-x-gaucho-BR": _w("BR", "pt", "Gaúcho", "97010-000 Santa Maria - RS;96400-000 Bagé - RS"),
    "tr-CY": _w("CY", "tr", "Turkish Cypriot", "Girne 99300 (Mersin 10);Lefkoşa 99010 (Mersin 10)"),
    "tsd-GR": _w("GR", "el", "Tsakonian", "223 00 Λεωνίδιο;223 00 Τυρός;221 00 Τρίπολη"),
    "pms-IT": _w("IT", "it", "Piedmontese", "12100 Cuneo;14100 Asti;10064 Pinerolo (TO)"),
    "cim-IT": _w("IT", "it", "Cimbrian", "36012 Asiago (VI);38046 Luserna (TN);37030 Roverè Veronese (VR)"),
    "vep-RU": _w("RU", "ru", "Veps", "186830, Шёлтозеро;187720, Винницы;185035, Петрозаводск"),
    "nog-RU": _w("RU", "ru", "Nogai", "368850, Терекли-Мектеб;369400, Эркен-Шахар;357850, Нефтекумск"),
    "syl-BD": _w("BD", "en", "Sylheti", "Sylhet 3100;Moulvibazar 3200;Sunamganj 3000"),
    "ar-KW": _w("KW", "ar", "Kuwaiti", "Salmiya 22001;Jahra 01000;Fahaheel 64001"),
    "ayl-LY": _w("LY", "ar", "Libyan", "Benghazi;Tripoli;Misrata"),
    "shi-MA": _w("MA", "fr", "Tashelhit", "80000 Agadir;83000 Taroudant;85000 Tiznit"),
    "nzi-GH": _w("GH", "en", "Nzema", "Axim, Western Region;Half Assini, Western Region"),
    "teo-UG": _w("UG", "en", "Iteso", "Soroti;Kumi;Ngora"),
    "tig-ER": _w("ER", "en", "Tigre", "Keren;Massawa;Asmara"),
    "yao-MW": _w("MW", "en", "Yao", "Mangochi;Machinga;Zomba"),
    "bas-CM": _w("CM", "fr", "Basaa", "Édéa;Éséka;Douala"),
    "dyu-CI": _w("CI", "fr", "Dyula", "Bouaké;Korhogo;Abidjan 01"),
    "mad-ID": _w("ID", "id", "Madurese", "Bangkalan 69116;Sumenep 69417;Pamekasan 69317"),
    "bjn-ID": _w("ID", "id", "Banjar", "Banjarmasin 70111;Martapura 70611;Barabai 71311"),
    "bcl-PH": _w("PH", "en", "Bikol", "4400 Naga City;4500 Legazpi City;4700 Sorsogon City"),
    "pag-PH": _w("PH", "en", "Pangasinan", "2400 Dagupan City;2401 Lingayen;2428 Urdaneta City"),
    "bnn-TW": _w("TW", "zh", "Bunun", "957 臺東縣海端鄉;851 高雄市茂林區;556 南投縣信義鄉"),
    "wuu-CN": _w("CN", "zh", "Shanghainese", "200031 上海市徐汇区;200433 上海市杨浦区"),
    "hu-x-csango-RO": _w("RO", "ro", "Csángó", "607105 Pustiana;605400 Comănești;600001 Bacău"),
    "sv-AX": _w("AX", "sv", "Ålander", "AX-22100 Mariehamn;AX-22410 Godby;AX-22240 Hammarland"),
    "en-x-orkney-GB": _w("GB", "en", "Orcadian", "Kirkwall KW15 1DH;Stromness KW16 3AA;St Margaret's Hope KW17 2SL"),
}  # fmt: skip

# Street words in the language of the locale; `{n}` is the house number, `{w}` a street word.
STREET_WORDS: dict[str, tuple[str, ...]] = {
    "en": _s("Harbour View;Kelp Cove;Saltpan;Lighthouse;Cottonwood;Mesa Verde;Prairie Dog;Peat Moss;Tern"),
    "fr": _s("des Goélettes;du Calvaire;des Morutiers;de l'Anse;des Flamboyants;du Phare;des Tamariniers"),
    "es": _s("de los Cafetales;del Volcán;de la Ceiba;Jacarandas;del Mezquite;de los Alfareros;Venustiano"),
    "pt": _s("dos Tropeiros;do Chimarrão;Farroupilha;das Araucárias;dos Pampas;Bento Gonçalves"),
    "it": _s("delle Alpi Marittime;dei Cimbri;Vittorio Alfieri;del Santuario;dei Mulini;Monte Verena"),
    "el": _s("Αγίου Βασιλείου;Παρνωνος;Λεωνιδου;Τσακωνων;Αρχαγγελων;Ελευθεριας"),
    "ru": _s("Онежская;Вепсская;Лесная;Степная;Ногайская;Берёзовая;Школьная"),
    "ar": _s("الخليج العربي;عمر المختار;البحر;الاستقلال;المطار;الجامعة"),
    "tr": _s("Atatürk;Kordonboyu;Zeytinlik;Namık Kemal;Limon;Kemal Aşık"),
    "id": _s("Trunojoyo;Panglima Sudirman;Lambung Mangkurat;Pangeran Antasari;Cokroaminoto;Kenanga"),
    "nl": _s("Kaya Grandi;Kaya Nikiboko;Kaya Gobernador Debrot;Kaya Simon Bolivar;Kaya Korona"),
    "zh": _s("中山路;民生路;复兴中路;淮海西路;建国东路;和平路"),
    "ro": _s("Mare;Bisericii;Morii;Ciangăilor;Principală;Florilor"),
    "sv": _s("Norragatan;Torggatan;Skarpansvägen;Ålandsvägen;Strandgatan;Köpmansgatan"),
}  # fmt: skip

MONTHS: dict[str, tuple[str, ...]] = {
    "en": _s("January;February;March;April;May;June;July;August;September;October;November;December"),
    "fr": _s("janvier;février;mars;avril;mai;juin;juillet;août;septembre;octobre;novembre;décembre"),
    "es": _s("enero;febrero;marzo;abril;mayo;junio;julio;agosto;septiembre;octubre;noviembre;diciembre"),
    "pt": _s("janeiro;fevereiro;março;abril;maio;junho;julho;agosto;setembro;outubro;novembro;dezembro"),
    "it": _s("gennaio;febbraio;marzo;aprile;maggio;giugno;luglio;agosto;settembre;ottobre;novembre;dicembre"),
    "el": _s("Ιανουαρίου;Φεβρουαρίου;Μαρτίου;Απριλίου;Μαΐου;Ιουνίου;Ιουλίου;Αυγούστου;Σεπτεμβρίου;"
             "Οκτωβρίου;Νοεμβρίου;Δεκεμβρίου"),
    "ru": _s("января;февраля;марта;апреля;мая;июня;июля;августа;сентября;октября;ноября;декабря"),
    "ar": _s("يناير;فبراير;مارس;أبريل;مايو;يونيو;يوليو;أغسطس;سبتمبر;أكتوبر;نوفمبر;ديسمبر"),
    "tr": _s("Ocak;Şubat;Mart;Nisan;Mayıs;Haziran;Temmuz;Ağustos;Eylül;Ekim;Kasım;Aralık"),
    "id": _s("Januari;Februari;Maret;April;Mei;Juni;Juli;Agustus;September;Oktober;November;Desember"),
    "nl": _s("januari;februari;maart;april;mei;juni;juli;augustus;september;oktober;november;december"),
    "ro": _s("ianuarie;februarie;martie;aprilie;mai;iunie;iulie;august;septembrie;octombrie;noiembrie;decembrie"),
    "sv": _s("januari;februari;mars;april;maj;juni;juli;augusti;september;oktober;november;december"),
}  # fmt: skip
MONTH_FIRST = ("US", "VI")
OK_TYPES = (PNT.MOBILE, PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)

# IBAN: the BBAN layout per country, as the registry writes it (n digits, a capitals, c either).
BBAN: dict[str, str] = {
    "AD": "4n4n12c", "AT": "5n11n", "BE": "3n7n2n", "BG": "4a4n2n8c", "BH": "4a14c", "BR": "8n5n10n1a1c",
    "CH": "5n12c", "CY": "3n5n16c", "CZ": "4n6n10n", "DE": "8n10n", "DK": "4n9n1n", "EE": "2n2n11n1n",
    "EG": "4n4n17n", "ES": "4n4n1n1n10n", "FI": "3n11n", "FR": "5n5n11c2n", "GB": "4a6n8n", "GE": "2a16n",
    "GR": "3n4n16c", "GT": "4c20c", "HR": "7n10n", "HU": "3n4n1n15n1n", "IE": "4a6n8n", "IS": "4n2n6n10n",
    "IT": "1a5n5n12c", "JO": "4a4n18c", "KW": "4a22c", "LT": "5n11n", "LU": "3n13c", "LV": "4a13c",
    "LY": "3n3n15n", "MC": "5n5n11c2n", "MR": "5n5n11n2n", "MT": "4a5n18c", "MU": "4a2n2n12n3n3a",
    "NL": "4a10n", "NO": "4n6n1n", "PL": "8n16n", "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c",
    "SA": "2n18c", "SE": "3n16n1n", "SI": "5n8n2n", "SK": "4n6n10n", "TN": "2n3n13n2n", "TR": "5n1n16c",
    "UA": "6n19c", "XK": "4n10n2n", "AE": "3n16n",
}  # fmt: skip
IBAN_HOME = {"PM": "FR", "BL": "FR", "AX": "FI", "CY": "CY", "GR": "GR", "IT": "IT", "RO": "RO", "KW": "KW",
             "LY": "LY", "BR": "BR", "GT": "GT", "GB": "GB"}  # fmt: skip

BIC_COUNTRIES = _s(
    "US;CA;MX;GT;BR;CY;GR;IT;RU;BD;KW;LY;MA;GH;UG;ER;MW;CM;CI;ID;PH;TW;CN;RO;FI;GB;FR;NL;DE;CH;"
    "AT;BE;ES;PT;SE;NO;DK;PL;TR;AE;SA;QA;JP;SG;HK;ZA;KE;NG;EG;JO;AU;NZ;AR;CL;CO;PE"
)

# (brand prefixes, lengths, groupings by length)
CARDS: tuple[tuple[tuple[str, ...], tuple[int, ...]], ...] = (
    (("4",), (13, 16, 19)),  # Visa
    (("51", "52", "53", "54", "55", "2221", "2475", "2720"), (16,)),  # Mastercard
    (("34", "37"), (15,)),  # American Express
    (("6011", "644", "649", "65"), (16, 19)),  # Discover
    (("3528", "3550", "3589"), (16, 17, 18, 19)),  # JCB
    (("300", "305", "36", "38"), (14,)),  # Diners Club
    (("5018", "5020", "5038", "6304", "6759"), (12, 13, 15, 18, 19)),  # Maestro
    (("62",), (16, 17, 18, 19)),  # UnionPay
    (("2200", "2204"), (16,)),  # Mir
    (("5061", "6500"), (16, 19)),  # Verve
)
GROUPS = {
    12: ((4, 4, 4), (6, 6)), 13: ((4, 4, 5), (4, 3, 3, 3)), 14: ((4, 6, 4), (4, 4, 4, 2)),
    15: ((4, 6, 5), (4, 4, 4, 3)), 16: ((4, 4, 4, 4), (6, 10), (4, 4, 8)), 17: ((4, 4, 4, 5),),
    18: ((4, 4, 4, 6), (6, 12)), 19: ((4, 4, 4, 4, 3), (6, 13)),
}  # fmt: skip

# The language a record-number label is printed in (English when not listed).
LABEL_LANGS = {"Expediente": "es", "N° dossier": "fr", "Cartella clinica n.": "it", "Prontuário": "pt",
               "Мед. карта №": "ru", "رقم الملف الطبي": "ar", "No. RM": "id", "病歷號": "zh", "Dosya No": "tr",
               "Journal nr": "sv"}  # fmt: skip

EMAIL_HOSTS = _s(
    "salttern.net;correo-sur.mx;postbox.gh;kaya-mail.bq;inbox.orkney.scot;mailpr.ly;"
    "webpost.ax;yarn.co.ug;halo-mail.id;kirkmail.ca;pampa.com.br;posta.cy"
)


def _parse_regex(pattern: str) -> list:
    return list(_sre.parse(pattern))


def _latin(word: str) -> bool:
    return unicodedata.normalize("NFKD", word)[0].isascii()


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalpha())


def luhn_check(body: str) -> str:
    """The digit that makes `body` + digit pass Luhn."""
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (1 if i % 2 else 2)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _mod97(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text)) % 97


class Values:
    """The personal values of one document written in `locale`."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng, self.locale = rng, locale
        self.where = LOCALES[locale]
        self.country, self.lang = self.where.country, self.where.lang
        self.givens, self.surnames = NAMES[self.where.origin]

    def _digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def _letters(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    # --- people ------------------------------------------------------------------------------------------
    def given(self) -> str:
        return self.rng.choice(self.givens)

    def surname(self) -> str:
        return self.rng.choice(self.surnames)

    def name(self, style: str | None = None) -> str:
        g, s = self.given(), self.surname()
        han = "\u4e00" <= s[0] <= "\u9fff"
        if han != ("\u4e00" <= g[0] <= "\u9fff"):
            g, s = (self.rng.choice([x for x in self.givens if "\u4e00" <= x[0] <= "\u9fff"]) if han else g,
                    s if han else self.rng.choice([x for x in self.surnames if not "\u4e00" <= x[0] <= "\u9fff"]))  # fmt: skip
        if han:
            return s + g
        latin = _latin(g)
        same = [x for x in self.surnames if _latin(x) == latin]
        if _latin(s) != latin and same:
            s = self.rng.choice(same)
        second = self.rng.choice([x for x in self.givens if x != g and _latin(x) == latin] or [g])
        if latin and self.rng.random() < 0.12:
            other = self.rng.choice([x for x in self.surnames if x != s and x.isascii()] or [s])
            s = f"{s}-{other}" if s.isascii() and other != s else s
        style = style or self.rng.choice(("gs", "gs", "gs", "SG", "sg", "lower", "upper", "init", "ggs"))
        if not latin and style in ("lower", "init"):
            style = "gs"
        return {
            "gs": f"{g} {s}",
            "SG": f"{s.upper()}, {g}",
            "sg": f"{s}, {g}",
            "lower": f"{g} {s}".lower(),
            "upper": f"{g} {s}".upper(),
            "init": f"{g[0]}. {s}",
            "ggs": f"{g} {second} {s}",
        }[style]

    def email(self) -> str:
        g, s = _plain(self.given()).lower(), _plain(self.surname()).lower()
        if not g or not s:
            g, s = self.rng.choice(("kiosk", "home", "famille", "casa", "office")), self._digits(3)
        local = self.rng.choice(
            (f"{g}.{s}", f"{s}{g[0]}", f"{g}_{s}{self.rng.randint(1, 89)}", f"{g[0]}.{s}")
        )
        return f"{local}@{self.rng.choice(EMAIL_HOSTS)}"

    # --- phones ------------------------------------------------------------------------------------------
    def _sample(self, tree: list) -> str:
        """A random digit string matching the parsed regular expression `tree` (a metadata number range)."""
        out = []
        for op, av in tree:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(av))
            elif name == "IN":
                allowed: list[str] = []
                for kind, arg in av:
                    if str(kind) == "LITERAL":
                        allowed.append(chr(arg))
                    elif str(kind) == "RANGE":
                        allowed.extend(chr(c) for c in range(arg[0], arg[1] + 1))
                    else:  # \d inside a class
                        allowed.extend("0123456789")
                out.append(self.rng.choice(allowed))
            elif name == "CATEGORY":
                out.append(self.rng.choice("0123456789"))
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                low, high, sub = av
                for _ in range(self.rng.randint(low, min(high, low + 2))):
                    out.append(self._sample(list(sub)))
            elif name == "SUBPATTERN":
                out.append(self._sample(list(av[-1])))
            elif name == "BRANCH":
                out.append(self._sample(list(self.rng.choice(av[1]))))
            else:
                raise ValueError(f"unexpected pattern node {name}")
        return "".join(out)

    def number(self, region: str) -> phonenumbers.PhoneNumber:
        """A random valid mobile or fixed-line number of `region`: digits drawn inside the number ranges its
        metadata publishes, kept only when phonenumbers reads them back as valid numbers of that region."""
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        assert meta is not None, region
        kinds = [PNT.MOBILE, PNT.FIXED_LINE]
        self.rng.shuffle(kinds)
        for kind in kinds * 2:
            desc = meta.mobile if kind == PNT.MOBILE else meta.fixed_line
            if not desc or not desc.national_number_pattern:
                continue
            tree = list(_parse_regex(desc.national_number_pattern))
            for _ in range(400):
                national = self._sample(tree)
                if national[0] == "0" or region in ("US", "VI", "SX", "CA") and national[3:6] == "555":
                    continue
                number = phonenumbers.PhoneNumber(
                    country_code=meta.country_code, national_number=int(national)
                )
                if (
                    phonenumbers.is_valid_number(number)
                    and phonenumbers.region_code_for_number(number) == region
                    and phonenumbers.number_type(number) in OK_TYPES
                ):
                    return number
        raise RuntimeError(f"no valid number drawn for {region}")

    def phone(self, form: str | None = None, region: str | None = None) -> str:
        region = region or self.country
        number = self.number(region)
        form = form or self.rng.choice(("nat", "nat", "intl", "intl", "e164", "rfc", "00", "paren", "ext"))
        intl = phonenumbers.format_number(number, PNF.INTERNATIONAL)
        code = str(number.country_code)
        text = {
            "nat": phonenumbers.format_number(number, PNF.NATIONAL),
            "intl": intl,
            "e164": phonenumbers.format_number(number, PNF.E164),
            "rfc": phonenumbers.format_number(number, PNF.RFC3966)[4:],
            "00": "00" + intl[1:],
            "paren": f"(+{code}) {intl[len(code) + 2 :]}",
            "ext": f"{intl} ext. {self.rng.randint(10, 899)}",
        }[form]
        try:
            ok = phonenumbers.is_valid_number(phonenumbers.parse(text, self.country))
        except phonenumbers.NumberParseException:
            ok = False
        return text if ok else intl

    # --- money -------------------------------------------------------------------------------------------
    def card(self) -> str:
        prefixes, lengths = self.rng.choice(CARDS)
        length = self.rng.choice(lengths)
        body = self.rng.choice(prefixes)
        body += self._digits(length - 1 - len(body))
        digits = body + luhn_check(body)
        roll = self.rng.random()
        if roll < 0.1:
            return digits
        groups = self.rng.choice(GROUPS[length])
        parts, at = [], 0
        for size in groups:
            parts.append(digits[at : at + size])
            at += size
        sep = self.rng.choice((" ", " ", " ", "-", "-", ".", " - ", "/"))
        return sep.join(parts)

    def iban(self, country: str | None = None) -> str:
        country = country or (IBAN_HOME.get(self.country) if self.rng.random() < 0.5 else None)
        country = country or self.rng.choice(sorted(BBAN))
        bban = ""
        spec = BBAN[country]
        i = 0
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            count, kind = int(spec[i:j]), spec[j]
            pool = {
                "n": "0123456789",
                "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                "c": "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ",
            }[kind]
            bban += "".join(self.rng.choice(pool) for _ in range(count))
            i = j + 1
        check = 98 - _mod97(bban + country + "00")
        compact = f"{country}{check:02d}{bban}"
        roll = self.rng.random()
        if roll < 0.3:
            return compact
        sep = "-" if roll < 0.4 else " "
        return sep.join(compact[k : k + 4] for k in range(0, len(compact), 4))

    def bic(self) -> str:
        bank = self._letters(4)
        where = self.rng.choice(BIC_COUNTRIES)
        loc = self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") + self.rng.choice(
            "ABCDEFGHJKMNPRSTUVWXYZ12345789"
        )
        branch = self.rng.choice(
            ("", "", "XXX", self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + self._digits(2))
        )
        return bank + where + loc + branch

    def ssn(self) -> str:
        while True:
            area = self.rng.randint(1, 899)
            if area != 666:
                break
        text = f"{area:03d}{self.rng.randint(1, 99):02d}{self.rng.randint(1, 9999):04d}"
        sep = self.rng.choice(("-", "-", "-", " ", ""))
        return f"{text[:3]}{sep}{text[3:5]}{sep}{text[5:]}"

    def ip(self) -> str:
        import ipaddress

        while True:
            if self.rng.random() < 0.65:
                addr: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.IPv4Address(
                    self.rng.randint(0x01000000, 0xDFFFFFFF)
                )
            else:
                addr = ipaddress.IPv6Address((1 << 125) | self.rng.getrandbits(125))
                if self.rng.random() < 0.5:  # a zero run, written compressed
                    addr = ipaddress.IPv6Address(int(addr) >> 64 << 64 | self.rng.getrandbits(16))
            if addr.is_global and not addr.is_multicast and not addr.is_reserved:
                return str(addr)

    # --- dates -------------------------------------------------------------------------------------------
    def birth(self, young: bool = False) -> date:
        start = date(2007, 1, 1) if young else date(1932, 1, 1)
        span = (date(2019, 12, 31) if young else date(2004, 12, 31)) - start
        return start + timedelta(days=self.rng.randint(0, span.days))

    def dob(self, young: bool = False, form: str | None = None) -> str:
        d = self.birth(young)
        month = MONTHS.get(self.lang, MONTHS["en"])[d.month - 1]
        forms = ("iso", "compact", "dots", "slash", "word", "word", "mon")
        form = form or self.rng.choice(forms + (("han",) if self.lang == "zh" else ()))
        if form == "slash":
            return (
                f"{d.month:02d}/{d.day:02d}/{d.year}"
                if self.country in MONTH_FIRST
                else f"{d.day:02d}/{d.month:02d}/{d.year}"
            )
        if form == "word":
            if self.lang == "en" or self.lang == "zh":
                month = MONTHS["en"][d.month - 1]
                return (
                    f"{month} {d.day}, {d.year}"
                    if self.country in MONTH_FIRST + ("CA", "PH")
                    else f"{d.day} {month} {d.year}"
                )
            if self.lang in ("es", "pt"):
                return f"{d.day} de {month} de {d.year}"
            if self.lang == "ru":
                return f"{d.day} {month} {d.year} г."
            return f"{d.day} {month} {d.year}"
        return {
            "iso": d.isoformat(),
            "compact": d.strftime("%Y%m%d"),
            "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "mon": f"{d.day:02d}-{MONTHS['en'][d.month - 1][:3].upper()}-{d.year}",
            "han": f"{d.year}年{d.month}月{d.day}日",
        }[form]

    # --- places ------------------------------------------------------------------------------------------
    def town(self) -> str:
        return self.rng.choice(self.where.towns)

    def street(self, lines: int | None = None) -> str:
        """House number and street words of the locale's language, then postcode and town; over 1-3 lines."""
        w = self.rng.choice(STREET_WORDS.get(self.lang, STREET_WORDS["en"]))
        n = str(self.rng.randint(1, 240))
        unit = None
        lang = self.lang
        if lang == "en":
            kind = self.rng.choice(("Road", "Street", "Lane", "Crescent", "Drive", "Hill"))
            line = f"{n} {w} {kind}"
            unit = self.rng.choice((f"Apt {self.rng.randint(1, 40)}", f"Flat {self.rng.randint(1, 9)}", None))
            if self.country == "KW":
                line = f"Block {self.rng.randint(1, 12)}, Street {self.rng.randint(1, 40)}, House {n}"
        elif lang == "fr":
            line = self.rng.choice((f"{n}, rue {w}", f"{n} chemin {w}", f"{n} bis, allée {w}"))
        elif lang == "es":
            line = self.rng.choice(
                (
                    f"Calle {w} {n}",
                    f"Av. {w} No. {n}",
                    f"{n}a. Calle {w} {self.rng.randint(1, 30)}-{self.rng.randint(10, 99)}",
                )
            )
            unit = self.rng.choice(("Col. Centro", f"Zona {self.rng.randint(1, 18)}", None))
        elif lang == "pt":
            line = f"Rua {w}, {n}"
            unit = self.rng.choice((f"Apto {self.rng.randint(11, 904)}", "Bairro Centro", None))
        elif lang == "it":
            line = self.rng.choice((f"Via {w} {n}", f"Contrada {w}, {n}", f"Corso {w} {n}/B"))
        elif lang == "el":
            line = f"{w} {n}"
        elif lang == "ru":
            line = f"ул. {w}, д. {n}"
            unit = f"кв. {self.rng.randint(1, 120)}"
        elif lang == "ar":
            line = self.rng.choice(
                (
                    f"شارع {w}، مبنى {n}",
                    f"Block {self.rng.randint(1, 12)}, Street {self.rng.randint(1, 40)}, House {n}",
                )
            )
        elif lang == "tr":
            line = f"{w} Sokak No: {n}"
            unit = self.rng.choice((f"Daire {self.rng.randint(1, 12)}", None))
        elif lang == "id":
            line = f"Jl. {w} No. {n}"
            unit = f"RT {self.rng.randint(1, 15):03d}/RW {self.rng.randint(1, 9):03d}"
        elif lang == "nl":
            line = f"{w} {n}"
        elif lang == "zh":
            line = f"{w}{n}号"
            unit = self.rng.choice((f"{self.rng.randint(2, 30)}楼", None))
        elif lang == "ro":
            line = f"Str. {w} nr. {n}"
        else:
            line = f"{w} {n}"
        town = self.town()
        parts = [line] + ([unit] if unit else []) + [town]
        if self.lang == "zh":
            return town + line + (unit or "")
        lines = lines or self.rng.choice((1, 1, 2, 3, 3))
        if lines == 1 or len(parts) == 2 and lines == 3:
            return ", ".join(parts) if lines == 1 else "\n".join(parts)
        if lines == 2:
            return ", ".join(parts[:-1]) + "\n" + parts[-1]
        return "\n".join(parts)

    # --- licences and records ----------------------------------------------------------------------------
    def licence(self) -> tuple[str, str]:
        """(issuer, number) in the issuer's layout."""
        d, a = self._digits, self._letters
        s = _plain(self.surname()).upper() or "XXXX"
        g = _plain(self.given()).upper() or "X"
        b = self.birth()
        layouts = {
            "California": lambda: a(1) + d(7),
            "New York": lambda: self.rng.choice((d(9), f"{d(3)} {d(3)} {d(3)}")),
            "Florida": lambda: f"{s[0]}{d(3)}-{d(3)}-{d(2)}-{d(3)}-{d(1)}",
            "Texas": lambda: d(8),
            "Illinois": lambda: f"{s[0]}{d(3)}-{d(4)}-{d(4)}",
            "Washington": lambda: (
                "WDL" + "".join(self.rng.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(6)) + d(3)
            ),
            "New Jersey": lambda: f"{s[0]}{d(4)} {d(5)} {d(5)}",
            "Michigan": lambda: f"{s[0]} {d(3)} {d(3)} {d(3)} {d(3)}",
            "Wisconsin": lambda: f"{s[0]}{d(3)}-{d(4)}-{d(4)}-{d(2)}",
            "Ontario": lambda: f"{s[0]}{d(4)}-{d(5)}-{d(5)}",
            "Québec": lambda: f"{s[0]}{d(4)}-{d(6)}-{d(2)}",
            "DVLA (GB)": lambda: (
                (s + "99999")[:5]
                + f"{b.year % 100 // 10}{b.month + self.rng.choice((0, 50)):02d}{b.day:02d}{b.year % 10}"
                + (g + "9")[:2]
                + "9"
                + a(2)
            ),
            "Italia (MIT)": lambda: a(2) + d(7) + a(1),
            "Россия (ГИБДД)": lambda: f"{d(2)} {d(2)} {d(6)}",
            "Brasil (DETRAN)": lambda: d(11),
            "LTO Philippines": lambda: f"{a(1)}{d(2)}-{d(2)}-{d(6)}",
            "Polri (SIM)": lambda: f"{d(4)}-{d(4)}-{d(6)}",
            "交通部公路局": lambda: a(1) + self.rng.choice("12") + d(8),
            "RENAP Guatemala": lambda: f"{d(4)} {d(5)} {d(4)}",
            "Ålands landskapsregering": lambda: d(9),
            "Κύπρος / KKTC": lambda: d(6) + a(1),
        }
        us = (
            "California",
            "New York",
            "Florida",
            "Texas",
            "Illinois",
            "Washington",
            "New Jersey",
            "Michigan",
            "Wisconsin",
        )
        home = {"CA": ("Ontario", "Québec"), "GB": ("DVLA (GB)",), "IT": ("Italia (MIT)",), "RU": ("Россия (ГИБДД)",),
                "BR": ("Brasil (DETRAN)",), "PH": ("LTO Philippines",), "ID": ("Polri (SIM)",), "TW": ("交通部公路局",),
                "GT": ("RENAP Guatemala",), "AX": ("Ålands landskapsregering",)}  # fmt: skip
        pool = home.get(self.country, ()) if self.rng.random() < 0.6 else ()
        issuer = self.rng.choice(pool or us + tuple(layouts)[9:])
        return issuer, layouts[issuer]()

    def mrn(self) -> tuple[str, str]:
        """(label, number): record numbers of hospitals and clinics behind the labels they print."""
        d, a = self._digits, self._letters

        def nhs() -> str:
            while True:
                body = self.rng.choice("3456789") + d(8)
                check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
                if check == 11:
                    check = 0
                if check != 10:
                    n = body + str(check)
                    return f"{n[:3]} {n[3:6]} {n[6:]}"

        choices = (
            ("Chart #", lambda: d(7)),
            ("Pt ID", lambda: "PT-" + d(6)),
            ("Case no.", lambda: f"C{self.rng.randint(10, 26)}-{d(5)}"),
            ("Unit number", lambda: "U" + d(7)),
            ("Hosp. No.", lambda: "H" + d(6) + a(1)),
            ("NHS number", nhs),
            ("Patient Ref", lambda: f"PR/{d(4)}/{d(3)}"),
            ("Expediente", lambda: f"EXP-{d(8)}"),
            ("N° dossier", lambda: "D" + d(9)),
            ("Cartella clinica n.", lambda: f"CC/{d(2)}/{d(6)}"),
            ("Prontuário", lambda: f"{d(6)}-{d(1)}"),
            ("Мед. карта №", lambda: f"{self.rng.randint(2015, 2025)}/{d(5)}"),
            ("رقم الملف الطبي", lambda: d(8)),
            ("No. RM", lambda: f"{d(2)}.{d(2)}.{d(2)}.{d(2)}"),
            ("Episode ID", lambda: "EP" + d(9)),
            ("病歷號", lambda: d(2) + a(1) + d(6)),
            ("Dosya No", lambda: f"{d(3)} {d(4)}"),
            ("Journal nr", lambda: f"{d(6)}-{d(4)}"),
        )
        own = [c for c in choices if LABEL_LANGS.get(c[0], "en") == self.lang]
        label, make = self.rng.choice(own if own and self.rng.random() < 0.7 else choices)
        return label, make()
