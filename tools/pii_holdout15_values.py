"""Values for the fifteenth holdout PII set (tools/pii_holdout15_set.py), written fresh for it.

Person names come from hand-written lists of given names and surnames of origins no earlier split uses; street
lines from hand-written street words; phones from the `phonenumbers` metadata (each rendering is read back as
valid from the document's country before it is used); cards, IBANs, BICs, SSNs, driver's licences, medical
record numbers and birth dates from their published layouts, check digits and calendars. No Faker, no Mimesis.
"""

from __future__ import annotations

import contextlib
import random
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF


class Where(NamedTuple):
    country: str  # ISO 3166 region, as phonenumbers knows it
    lang: str  # language of the document's labels
    origin: str  # key of NAMES
    cities: tuple[str, ...]  # "postcode city" or "city postcode", as the country writes it


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


# origin: (given names, surnames)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Seneca": (_w("Ganondagan|Roberta|Everett|Maris|Sagoyewatha|Lana|Percy|Odessa"),
               _w("Jemison|Cornplanter|Redeye|Halftown|Jimerson|Printup|Seneca|Shongo")),
    "Zuni": (_w("Lorenzo|Tiana|Eldred|Quanita|Virgil|Rosalee|Delbert|Nelda"),
             _w("Laate|Lementino|Quam|Chavella|Yuselew|Sheyka|Bowekaty|Eriacho")),
    "Inupiaq": (_w("Aqpik|Tuuyuq|Nauyaq|Siqiniq|Ahmaogak|Iñuuraq|Qaiyaan|Willa"),
                _w("Itta|Brower|Okakok|Nageak|Aiken|Kaleak|Leavitt|Tuzroyluk")),
    "Western Apache": (_w("Ramon|Doreen|Cheston|Wilfreda|Lupe|Ardith|Elvin|Tahnee"),
                       _w("Kessay|Declay|Nosie|Lupe|Dosela|Hinton|Cassadore|Goseyun")),
    "Innu": (_w("Uapukun|Shanipiap|Tshiuetin|Manian|Kanani|Pinip|Matinen|Ishkuess"),
             _w("Mestokosho|Pinette|Jourdain|Vollant|Ashini|Picard|Rock|Fontaine")),
    "Acadian": (_w("Aurèle|Gisèle|Léonce|Rosaire|Évangéline|Zénon|Délima|Onésime"),
                _w("Arsenault|Thériault|Cormier|Gallant|LeBlanc|Boudreau|Doiron|Richard")),
    "Otomi": (_w("Hñäki|Crisóforo|Eulalia|Isauro|Petronila|Fortino|Macaria|Ceferino"),
              _w("Botho|Mejay|Nabor|Anaya|Bartolo|Dathä|Mendoza|Trejo")),
    "Mixtec": (_w("Ñuu|Epifanio|Herminia|Anatolio|Filomena|Rufino|Crescencia|Nazario"),
               _w("Sosa|Ramírez|Cruz|Bautista|Ojeda|Villanueva|Santiago|Feria")),
    "Kichwa": (_w("Sisa|Inti|Nina|Amaru|Killa|Yupanki|Pakari|Wayra"),
               _w("Maldonado|Cotacachi|Farinango|Tituaña|Yamberla|Lema|Morocho|Guamán")),
    "Embera": (_w("Aurelina|Bolívar|Dailis|Eudocio|Iraida|Baudilio|Nelsy|Olmedo"),
               _w("Cabrera|Dogirama|Caisamo|Cunampia|Ñaquimio|Bitucay|Conquista|Mecha")),
    "Bribri": (_w("Iriria|Sibö|Alí|Dítsö|Wálter|Noemy|Sarai|Eliécer"),
               _w("Morales|Layan|Segura|Mayorga|Blanco|Uva|Torres|Figueroa")),
    "Saramaccan": (_w("Abena|Kwasi|Adjoeba|Kofi|Amimba|Yaw|Afiba|Kwamina"),
                   _w("Aboikoni|Adjako|Sampie|Pansa|Dagoe|Amoida|Tiemoe|Vola")),
    "Puerto Rican": (_w("Yaritza|Edwin|Migdalia|Wilfredo|Zuleika|Heriberto|Nilsa|Jayson"),
                     _w("Ocasio|Rivera|Quiñones|Maldonado|Santiago|Figueroa|Vélez|Colón")),
    "Dominican": (_w("Yokasta|Radhamés|Altagracia|Frandy|Yudelka|Wascar|Dulce|Kelvin"),
                  _w("Peralta|Almonte|Taveras|Batista|Fermín|Castillo|Jiménez|Ureña")),
    "Uruguayan": (_w("Washington|Nelly|Obdulio|Rosina|Wilson|Ilda|Darwin|Maite"),
                  _w("Etcheverry|Sosa|Olivera|Techera|Bentancur|Larrañaga|Pereyra|Acosta")),
    "Kittitian": (_w("Denzil|Marcella|Calvert|Shernelle|Lindsay|Verona|Kertney|Akilah"),
                  _w("Liburd|Hanley|Amory|Skerritt|Powell|Herbert|Mills|Browne")),
    "Turks Islander": (_w("Delton|Wendal|Ionie|Rufus|Ajona|Basil|Lorna|Otis"),
                       _w("Misick|Forbes|Gardiner|Ewing|Handfield|Malcolm|Talbot|Robinson")),
    "Guadeloupean": (_w("Joëlle|Sully|Maryse|Lucien|Néréa|Daniel|Sonia|Hermann"),
                     _w("Mondésir|Théodore|Siméon|Beaubrun|Ramassamy|Jalet|Anzala|Céleste")),
    "Guianese": (_w("Léon|Christiane|Rodolphe|Gerty|Serge|Marie-Line|Jocelyn|Ghislaine"),
                 _w("Damas|Placide|Horth|Monnerville|Lony|Servat|Karam|Thémire")),
    "Aruban": (_w("Rudsel|Xiomara|Glenbert|Evelyn|Roderick|Juanita|Dwight|Ithamar"),
               _w("Croes|Maduro|Werleman|Kock|Tromp|Geerman|Arends|Oduber")),
    "Shetlander": (_w("Magnus|Ingirid|Lowrie|Ertie|Thorfinn|Osla|Gibby|Williamina"),
                   _w("Halcrow|Jamieson|Inkster|Goudie|Manson|Tulloch|Leask|Sinclair")),
    "North Frisian": (_w("Boy|Ocke|Frauke|Tade|Nahmen|Inken|Jens|Marret"),
                      _w("Petersen|Hansen|Boysen|Ketels|Nickelsen|Ingwersen|Clausen|Jannsen")),
    "Low German": (_w("Hinnerk|Gesche|Fiete|Trientje|Harm|Tjark|Meike|Eilert"),
                   _w("Wübbena|Tammen|Ubben|Janssen|Heeren|Mammen|Ahlers|Thölken")),
    "Lower Sorbian": (_w("Wylem|Marja|Fryco|Hanka|Kito|Mina|Pětš|Rozyna"),
                      _w("Noack|Kschenka|Lodni|Schenker|Sulowa|Nowak|Zwahr|Kito")),
    "Mirandese": (_w("Amadeu|Ilda|Fracisco|Adelaide|Cândido|Belmira|Domingos|Lurdes"),
                  _w("Ferreira|Raposo|Meirinhos|Preto|Cangueiro|Martins|Vaz|Pires")),
    "Extremaduran": (_w("Fructuoso|Remedios|Casimiro|Feli|Tránsito|Saturio|Eulogia|Gumersindo"),
                     _w("Bote|Gallardo|Cabezas|Tejeda|Acedo|Bravo|Zambrano|Ceballos")),
    "Kven": (_w("Taavetti|Hilja|Eino|Siiri|Juho|Elli|Oskari|Aino"),
             _w("Kaarikivi|Lahti|Salmi|Isaksen|Niska|Hietala|Korkeamäki|Alatalo")),
    "Meankieli": (_w("Tore|Birgitta|Pentti|Kerstin|Lars-Erik|Irja|Ossian|Hilkka"),
                  _w("Pekkari|Tapio|Niemi|Kuoksu|Lantto|Ruuth|Keinänen|Kivilahti")),
    "Karelian": (_w("Iivana|Santeri|Okahvie|Jyrki|Maikki|Vasle|Oudi|Kaarlo"),
                 _w("Jeskanen|Karhu|Ignatius|Potapoff|Huotari|Tolvanen|Vornanen|Kostiainen")),
    "Voro": (_w("Jaan|Leida|Mihkal|Veera|Toomas|Ello|Priit|Alviine"),
             _w("Raudsepp|Koemets|Hõbemägi|Sõrmus|Kiisk|Ruusmaa|Lepasaar|Piho")),
    "Samogitian": (_w("Jurgis|Elzbieta|Kazys|Domicelė|Feliksas|Ona|Pranciškus|Agota"),
                   _w("Valančius|Gedvilas|Butkus|Stonkus|Jonikas|Norvaiša|Dambrauskas|Šaulys")),
    "Istro-Romanian": (_w("Ive|Marija|Tone|Fumica|Mate|Lucija|Frane|Katina"),
                       _w("Sferco|Faraguna|Belulović|Gržina|Dobrilović|Glavić|Mikac|Ferlin")),
    "Molise Croat": (_w("Nicolino|Pasqualina|Antonuccio|Teresina|Domenicangelo|Filomena|Mario|Assunta"),
                     _w("Zara|Sammartino|Ciavarro|Piccoli|Radatti|Blascetta|Matijašić|Manzo")),
    "Griko": (_w("Σαλβατόρε|Ροζάρια|Βίτο|Ιμμακολάτα|Ντονάτο|Κόζιμα|Ιππόλιτο|Λουτσία"),
              _w("Τομμάζι|Πάλμα|Κάνιο|Λέφα|Κόρτι|Μαρίνο|Ντεπάσκουαλε|Στομέο")),
    "Pomak": (_w("Rasim|Fatme|Sabri|Emine|Ahmet|Hatice|Mümün|Şükriye"),
              _w("Molla|Kehaya|Bekir|Hasanoğlu|Çavuş|Arifov|Kadri|Yumer")),
    "Hutsul": (_w("Дмитро|Параска|Василь|Марічка|Іван|Гафія|Юрій|Настуня"),
               _w("Шкрібляк|Тонюк|Палійчук|Андрусяк|Курилюк|Федорук|Грицюк|Мойсюк")),
    "Erzya": (_w("Куприян|Анастасия|Варлаам|Федосья|Степан|Акулина|Евдоким|Пелагея"),
              _w("Мокшин|Пиняев|Девятаев|Кижеватов|Сайгин|Рябов|Тюрин|Алёшкин")),
    "Moksha": (_w("Мирон|Вера|Ефрем|Антонина|Тимофей|Мавра|Никон|Зиновия"),
               _w("Кильдюшкин|Учайкин|Бардин|Сульдин|Лузгин|Кудашкин|Пиксаев|Ведяшкин")),
    "Dargin": (_w("Магомед|Патимат|Ахмедхан|Зайнаб|Расул|Хадижат|Гаджи|Муминат"),
               _w("Абдулатипов|Гаджиев|Рабаданов|Омаров|Алибеков|Курбанов|Ибрагимов|Амиров")),
    "Lak": (_w("Эффенди|Барият|Гарун|Азиза|Сулейман|Умукусум|Абакар|Сапият"),
            _w("Капиев|Шахбанов|Мусаев|Кажлаев|Хайдаков|Гаджибеков|Баркинхоев|Зулумов")),
    "Kumyk": (_w("Ирчи|Айгюль|Арслан|Гульнара|Джамалутдин|Сайгибат|Мурат|Маржанат"),
              _w("Казак|Айдемиров|Атаев|Шихсаидов|Бийбулатов|Ханмурзаев|Адильгереев|Сулейманов")),
    "Altai": (_w("Аржан|Айана|Эркин|Чечек|Темир|Сурлай|Байрам|Кумуш"),
              _w("Тадыкин|Ябыков|Чичинов|Ойношев|Сабашкин|Кокпоков|Чолтуев|Тодошев")),
    "Svan": (_w("Nodar|Tamar|Goderdzi|Manana|Jokola|Eteri|Bekarys|Lia"),
             _w("Gvarliani|Dadeshkeliani|Japaridze|Kvitsiani|Chartolani|Margiani|Khergiani|Naveriani")),
    "Laz": (_w("Rüstem|Nazmiye|Fikri|Hanım|Cemal|Rukiye|Tahsin|Nurten"),
            _w("Hopalı|Bucaklişi|Kemalpaşalı|Ardeşenli|Ulumsu|Şimşek|Topaloğlu|Sarıalioğlu")),
    "Zaza": (_w("Hesen|Zelal|Rızgar|Gulizar|Seyid|Berfin|Xıdır|Delal"),
             _w("Malmisanij|Xemgin|Kanat|Aygan|Bingöllü|Pirinççi|Varto|Koçer")),
    "Udi": (_w("Georgi|Rita|Bondo|Eleonora|Zaur|Nina|Robert|Flora"),
            _w("Dabakov|Kechaari|Bezhanov|Chilingarov|Mamedov|Danakari|Nebiyev|Jalalov")),
    "Lebanese Armenian": (_w("Hagop|Sossi|Garbis|Anahid|Vartan|Lena|Sarkis|Maral"),
                          _w("Kalaydjian|Tashjian|Manoukian|Boyadjian|Ghazarian|Chakmakjian|Der-Bedrossian|Yeghiayan")),
    "Omani": (_w("سالم|شيخة|هلال|موزة|سعيد|رحمة|خميس|ثريا"),
              _w("البوسعيدي|الحارثي|المعولي|الرواحي|الكندي|السيابي|البلوشي|العبري")),
    "Yemeni": (_w("Abdulwahab|Arwa|Fuad|Bilqis|Nabil|Hind|Yahya|Sabah"),
               _w("al-Iryani|Ba-Wazir|al-Maqtari|Haidara|al-Shami|Bin-Mahfouz|al-Akwa|Jubran")),
    "Tunisian": (_w("Slim|Faten|Moncef|Olfa|Habib|Rym|Skander|Ines"),
                 _w("Ben-Ammar|Bouazizi|Jebali|Mestiri|Chebbi|Trabelsi|Ghannouchi|Zaouali")),
    "Jordanian": (_w("عودة|رزان|فراس|ديما|معاذ|هبة|نضال|سناء"),
                  _w("المجالي|العدوان|الطراونة|الروسان|الفايز|بني-هاني|الحياري|العبادي")),
    "Yemenite Jewish": (_w("שלום|יונה|סעדיה|מזל|יחיא|שמעה|זכריה|חמדה"),
                        _w("צאלח|קאפח|שרעבי|מנצורה|עמר|גרמה|הדאיה|צנעאני")),
    "Gilaki": (_w("Mirza|Golbahar|Kuchik|Pari|Behrouz|Shahla|Dariush|Ziba"),
               _w("Rashti|Lahijani|Fumani|Gilani|Ebrahimzadeh|Pourbakht|Chafjiri|Saberi")),
    "Wakhi": (_w("Shambi|Bibi|Daulat|Gulnisa|Rahmat|Zubaida|Alif|Shirin"),
              _w("Wakhani|Sarhaddi|Khandud|Qala-Panja|Pamiri|Yarkhuni|Ishkashimi|Bozai")),
    "Khowar": (_w("Shahzada|Gulrukh|Sarbuland|Nisa|Mehtar|Bano|Hayat|Shahida"),
               _w("Chitrali|Khushwaqt|Katoor|Ayubi|Mastuji|Reshun|Yarkhun|Booni")),
    "Kalasha": (_w("Saifullah|Wazir|Lakshan|Gulasi|Imran|Bibi|Zarin|Sayed"),
                _w("Jan|Bibi|Khan|Rumbur|Bumburet|Birir|Kalash|Gulik")),
    "Lepcha": (_w("Dorjee|Pema|Sonam|Nim|Karma|Ongmu|Norden|Tshering"),
               _w("Lepcha|Rongong|Namchu|Sadamit|Lucksom|Tamsang|Simik|Karthak")),
    "Kutchi": (_w("जेठाभाई|नाथीबाई|लखमशी|धनबाई|वेलजी|कस्तूर|रामजी|पूरबाई"),
               _w("छेड़ा|गाला|सावला|नंदू|देढिया|गोसर|मोता|शाह")),
    "Bantawa Rai": (_w("धनकुमार|मनमाया|चन्द्रबहादुर|सुकमाया|लालबहादुर|पवित्रा|बिर्ख|जयन्ती"),
                    _w("राई|बान्तावा|किराँत|चाम्लिङ|सुनुवार|खालिङ|कुलुङ|याक्खा")),
    "Rakhine": (_w("Aung|Mya|Tun|Hla|Kyaw|Phyu|Maung|Sein"),
                _w("Thein|Kyaw|Htun|Wai|Hlaing|Oo|Chit|Naing")),
    "Khmu": (_w("Khamsing|Bouaphanh|Sengdao|Vanh|Thongkham|Noy|Phet|Kham"),
             _w("Khamvongsa|Phommachanh|Sisouk|Vongphachanh|Keomany|Inthavong|Chanthala|Luangrath")),
    "Muong": (_w("Bùi|Hoàn|Xoan|Cường|Thảo|Định|Quý|Lộc"),
              _w("Bùi|Đinh|Quách|Hà|Cao|Xa|Lò|Đinh-Công")),
    "Waray": (_w("Nonoy|Inday|Ruperto|Epifania|Dodong|Cresencia|Jun-Jun|Leonila"),
              _w("Abrenica|Cinco|Daganio|Lagbas|Pasaol|Tiu|Gayoso|Hilvano")),
    "Hiligaynon": (_w("Jinggoy|Bebing|Teodulo|Mayette|Ambrosio|Nenita|Bong|Consolacion"),
                   _w("Gumban|Lacson|Villalobos|Jalandoni|Magbanua|Ledesma|Treñas|Defensor")),
    "Sasak": (_w("Lalu|Baiq|Zulkifli|Nurhasanah|Ahyar|Sapinah|Muhir|Inaq"),
              _w("Muliadi|Suhaimi|Anggrawati|Hamzanwadi|Hardiansyah|Wirayudha|Rinjani|Samsudin")),
    "Makassarese": (_w("Daeng|Andi|Karaeng|Sitti|Ilham|Nurhaedah|Syahrul|Bau"),
                    _w("Pattingalloang|Mangngasa|Sapri|Bantaeng|Tallo|Limpo|Romang|Baso")),
    "Paiwan": (_w("Kui|Lavakaw|Tjuku|Muakai|Sauniaw|Dremedreman|Vuvu|Ljaucu"),
               _w("Tjivuluan|Mavaliw|Pasasav|Tjaljimaraw|Ruvaniyaw|Kazangiljan|Patadrang|Tjaravak")),
    "Zhuang": (_w("秀英|建华|美玲|振宇|桂兰|金凤|海龙|春燕"),
               _w("韦|覃|蒙|陆|农|黄|莫|蓝")),
    "Bai": (_w("金花|阿鹏|月娥|德昌|丽君|学文|玉珍|国栋"),
            _w("段|杨|赵|李|张|尹|施|董")),
    "Luhya": (_w("Wekesa|Nafula|Wafula|Nekesa|Barasa|Khaemba|Simiyu|Nanjala"),
              _w("Wanyonyi|Masinde|Makokha|Khisa|Wamalwa|Shikuku|Mukhwana|Lusweti")),
    "Kisii": (_w("Nyaboke|Ombati|Kerubo|Onchari|Moraa|Nyamweya|Bosibori|Ondieki"),
              _w("Nyakundi|Mogaka|Omwenga|Bichage|Onyancha|Ogeto|Nyachae|Ratemo")),
    "Soga": (_w("Waiswa|Nakato|Isabirye|Babirye|Mukama|Nabirye|Kirunda|Namukose"),
             _w("Mugoya|Kyabaggu|Waako|Gabula|Bakaluba|Muwanguzi|Kakaire|Mpaata")),
    "Makonde": (_w("Shaibu|Mwanaisha|Namdeo|Fatuma|Mkuchika|Salma|Nangoma|Hamisi"),
                _w("Mkapa|Chikawe|Mtesigwa|Nakaaya|Ngalawa|Mponda|Kambona|Lichilo")),
    "Makhuwa": (_w("Namuli|Muhamudo|Amina|Assane|Nihaya|Momade|Rabia|Chale"),
                _w("Muhaque|Namashulua|Issufo|Nampula|Ossufo|Anlaué|Mucussete|Abudo")),
    "Chokwe": (_w("Muacefo|Nzamba|Txissola|Cafunfo|Mwana|Kahenda|Samacaca|Luanda"),
               _w("Muatxissengue|Cassanje|Sacambanda|Tximuanza|Muacassenge|Cassoma|Lueji|Camuanga")),
    "Ewondo": (_w("Mbarga|Ngono|Atangana|Ekobo|Essomba|Mvondo|Onana|Ndzana"),
               _w("Owona|Nkolo|Ekani|Atemengue|Mballa|Zogo|Abega|Ondoa")),
    "Ibibio": (_w("Uduak|Ekaette|Idongesit|Aniekan|Edidiong|Utibe|Imaobong|Nsikak"),
               _w("Udoh|Akpan|Essien|Ekpo|Etuk|Umoh|Inyang|Ukpong")),
    "Nupe": (_w("Ndagi|Fatima|Etsu|Ladi|Ndako|Hauwa|Gana|Nnagi"),
             _w("Gbako|Kolo|Mustapha|Enagi|Ndayako|Tsado|Jiya|Yisa")),
    "Fante": (_w("Ekow|Araba|Kwesi|Efua|Kojo|Esi|Kobina|Adjoa"),
              _w("Mensah|Quansah|Essel|Amissah|Ghartey|Bentsi-Enchill|Aidoo|Sam")),
    "Bete": (_w("Zadi|Gnaoré|Gbagbo|Lago|Dogbo|Oulaï|Koudou|Séri"),
             _w("Zokou|Gnahoré|Digbeu|Guéi|Blé|Zadi-Kessy|Dakoury|Gbazalé")),
    "Susu": (_w("Mamadi|Fodé|Sékou|Nyalen|Morlaye|Kadiatou|Lansana|M'Mah"),
             _w("Camara|Soumah|Sylla|Bangoura|Fofana|Youla|Kaba|Touré")),
    "Sidama": (_w("Buranu|Tadelech|Ababi|Bizunesh|Desta|Anbese|Workinesh|Lemma"),
               _w("Dukale|Hirbaye|Wedajo|Ganta|Kiya|Boru|Dilla|Gudeta")),
    "Riffian": (_w("Mimoun|Thraya|Abdelkrim|Nadia|Said|Farida|Driss|Mounia"),
                _w("El-Khattabi|Azzouzi|Boukhriss|Ouriaghli|Ameziane|Temsamani|Akhannouch|Bouhdoud")),
    "Pohnpeian": (_w("Resio|Lihpai|Sehpin|Marcelina|Yasuo|Lerleen|Ioanis|Salome"),
                  _w("Moses|Etscheit|Panuelo|Hadley|Saimon|Peterson|Eperiam|Ladore")),
    "Marquesan": (_w("Teiki|Vaiana|Kehu|Moana|Tehaumate|Hina|Kahiha|Teura"),
                  _w("Kohumoetini|Teikitutoua|Timau|Tamarii|Kaiha|Taupotini|Haiti|Teikiehuupoko")),
    "Pitjantjatjara": (_w("Tjilpi|Yanyi|Nyukana|Kunmanara|Ilawanti|Tjangili|Nganyinytja|Wawiriya"),
                       _w("Baker|Ken|Burton|Ingkatji|Kulyuru|Tjapiti|Lester|Adamson")),
}  # fmt: skip


def _l(country: str, lang: str, origin: str, cities: str) -> Where:
    return Where(country, lang, origin, _w(cities))


LOCALES: dict[str, Where] = {
    "see-US": _l("US", "en", "Seneca", "Salamanca, NY 14779|Irving, NY 14081|Steamburg, NY 14783"),
    "zun-US": _l("US", "en", "Zuni", "Zuni, NM 87327|Gallup, NM 87301|Vanderwagen, NM 87326"),
    "ik-US": _l("US", "en", "Inupiaq", "Utqiagvik, AK 99723|Kotzebue, AK 99752|Nome, AK 99762"),
    "apw-US": _l("US", "en", "Western Apache", "Whiteriver, AZ 85941|San Carlos, AZ 85550|Globe, AZ 85501"),
    "moe-CA": _l("CA", "fr", "Innu", "Sept-Îles QC G4R 4K2|Mashteuiatsh QC G0W 2H0|Natashquan QC G0G 2E0"),
    "fr-x-acadian-CA": _l("CA", "fr", "Acadian", "Caraquet NB E1W 1B6|Shediac NB E4P 2G4|Chéticamp NS B0E 1H0"),
    "oto-MX": _l("MX", "es", "Otomi", "42300 Ixmiquilpan, Hgo.|76750 Tequisquiapan, Qro.|50450 Temoaya, Méx."),
    "mix-MX": _l("MX", "es", "Mixtec", "69000 Huajuapan de León, Oax.|71600 Tlaxiaco, Oax.|41304 Tlapa, Gro."),
    "qug-EC": _l("EC", "es", "Kichwa", "100450 Otavalo|060150 Riobamba|180150 Salasaka"),
    "emp-PA": _l("PA", "es", "Embera", "Metetí, Darién|Yaviza, Darién|Chepo, Panamá"),
    "bzd-CR": _l("CR", "es", "Bribri", "70403 Bribri, Talamanca|70401 Cahuita|70101 Limón"),
    "srm-SR": _l("SR", "nl", "Saramaccan", "Paramaribo|Brokopondo|Lelydorp"),
    "es-PR": _l("PR", "es", "Puerto Rican", "Bayamón, PR 00961|Caguas, PR 00725|Mayagüez, PR 00680"),
    "es-DO": _l("DO", "es", "Dominican", "10107 Santo Domingo|51000 Santiago de los Caballeros|22000 La Romana"),
    "es-UY": _l("UY", "es", "Uruguayan", "11300 Montevideo|50000 Salto|45000 Tacuarembó"),
    "en-KN": _l("KN", "en", "Kittitian", "Basseterre, St Kitts|Sandy Point Town|Charlestown, Nevis"),
    "en-TC": _l("TC", "en", "Turks Islander", "Cockburn Town, Grand Turk TKCA 1ZZ|Providenciales TKCA 1ZZ"),
    "gcf-GP": _l("GP", "fr", "Guadeloupean", "97110 Pointe-à-Pitre|97100 Basse-Terre|97160 Le Moule"),
    "gcr-GF": _l("GF", "fr", "Guianese", "97300 Cayenne|97310 Kourou|97320 Saint-Laurent-du-Maroni"),
    "pap-AW": _l("AW", "nl", "Aruban", "Oranjestad|Noord|San Nicolas"),
    "en-x-shetland-GB": _l("GB", "en", "Shetlander", "Lerwick ZE1 0LZ|Scalloway ZE1 0TR|Brae ZE2 9QJ"),
    "frr-DE": _l("DE", "de", "North Frisian", "25938 Wyk auf Föhr|25980 Sylt|25813 Husum"),
    "nds-DE": _l("DE", "de", "Low German", "26603 Aurich|26789 Leer (Ostfriesland)|26506 Norden"),
    "dsb-DE": _l("DE", "de", "Lower Sorbian", "03046 Cottbus|03096 Burg (Spreewald)|03172 Guben"),
    "mwl-PT": _l("PT", "pt", "Mirandese", "5210-190 Miranda do Douro|5225-051 Sendim|5300-252 Bragança"),
    "ext-ES": _l("ES", "es", "Extremaduran", "10600 Plasencia|06800 Mérida|10300 Navalmoral de la Mata"),
    "fkv-NO": _l("NO", "en", "Kven", "9800 Vadsø|9600 Hammerfest|9180 Skibotn"),
    "fit-SE": _l("SE", "en", "Meankieli", "957 31 Övertorneå|953 33 Haparanda|984 31 Pajala"),
    "krl-FI": _l("FI", "en", "Karelian", "82900 Ilomantsi|80100 Joensuu|75500 Nurmes"),
    "vro-EE": _l("EE", "en", "Voro", "65608 Võru|64505 Põlva|66403 Rõuge"),
    "sgs-LT": _l("LT", "en", "Samogitian", "LT-88118 Telšiai|LT-90151 Plungė|LT-75130 Šilalė"),
    "ruo-HR": _l("HR", "en", "Istro-Romanian", "52233 Šušnjevica|52220 Labin|51000 Rijeka"),
    "svm-IT": _l("IT", "it", "Molise Croat", "86036 Montemitro (CB)|86030 Acquaviva Collecroce (CB)|86100 Campobasso"),
    "el-x-griko-IT": _l("IT", "it", "Griko", "73020 Martano (LE)|73010 Sternatia (LE)|73100 Lecce"),
    "bg-x-pomak-GR": _l("GR", "en", "Pomak", "671 00 Xanthi|670 62 Echinos|691 00 Komotini"),
    "uk-x-hutsul-UA": _l("UA", "ru", "Hutsul", "78700 Верховина|78600 Косів|59100 Путила"),
    "myv-RU": _l("RU", "ru", "Erzya", "430005 Саранск|431440 Рузаевка|431110 Зубова Поляна"),
    "mdf-RU": _l("RU", "ru", "Moksha", "431650 Темников|431350 Ковылкино|431530 Краснослободск"),
    "dar-RU": _l("RU", "ru", "Dargin", "368220 Леваши|368140 Акуша|368300 Каспийск"),
    "lbe-RU": _l("RU", "ru", "Lak", "368360 Кумух|367000 Махачкала|368020 Новокули"),
    "kum-RU": _l("RU", "ru", "Kumyk", "368000 Хасавюрт|368500 Избербаш|368100 Буйнакск"),
    "alt-RU": _l("RU", "ru", "Altai", "649000 Горно-Алтайск|649440 Онгудай|649780 Кош-Агач"),
    "sva-GE": _l("GE", "en", "Svan", "3200 Mestia|3300 Lentekhi|6000 Kutaisi"),
    "lzz-TR": _l("TR", "en", "Laz", "53600 Ardeşen|53700 Fındıklı|08400 Hopa"),
    "zza-TR": _l("TR", "en", "Zaza", "12000 Bingöl|62000 Tunceli|21800 Palu"),
    "udi-AZ": _l("AZ", "en", "Udi", "AZ3100 Qəbələ (Nij)|AZ3400 Oğuz|AZ1000 Bakı"),
    "hyw-LB": _l("LB", "fr", "Lebanese Armenian", "Bourj Hammoud|Anjar, Békaa|Antelias"),
    "ar-OM": _l("OM", "ar", "Omani", "PC 133 Al Khuwair|PC 611 Nizwa|PC 311 Sohar"),
    "ar-YE": _l("YE", "en", "Yemeni", "Sana'a|Aden|Taiz"),
    "aeb-TN": _l("TN", "fr", "Tunisian", "1002 Tunis Belvédère|4000 Sousse|3027 Sfax El Jadida"),
    "ar-JO": _l("JO", "ar", "Jordanian", "11183 Amman|21110 Irbid|61110 Karak"),
    "he-x-yemenite-IL": _l("IL", "en", "Yemenite Jewish", "7610001 Rehovot|4442100 Kfar Saba|7620001 Sha'arayim"),
    "glk-IR": _l("IR", "en", "Gilaki", "Rasht 41938|Lahijan 44716|Anzali 43131"),
    "wbl-AF": _l("AF", "en", "Wakhi", "Ishkashim, Badakhshan|Khandud, Wakhan|Faizabad"),
    "khw-PK": _l("PK", "en", "Khowar", "Chitral 17200|Mastuj 17230|Booni 17220"),
    "kls-PK": _l("PK", "en", "Kalasha", "Bumburet, Chitral 17200|Rumbur, Chitral 17200|Ayun 17210"),
    "lep-IN": _l("IN", "en", "Lepcha", "Gangtok 737101|Kalimpong 734301|Dzongu 737116"),
    "kfr-IN": _l("IN", "en", "Kutchi", "Bhuj 370001|Mandvi 370465|Anjar 370110"),
    "bap-NP": _l("NP", "en", "Bantawa Rai", "Dharan 56700|Bhojpur 57000|Dhankuta 56800"),
    "rki-MM": _l("MM", "en", "Rakhine", "Sittwe 07011|Mrauk-U 07051|Thandwe 07141"),
    "kjg-LA": _l("LA", "en", "Khmu", "Luang Prabang|Oudomxay|Nong Khiaw"),
    "mtq-VN": _l("VN", "en", "Muong", "Hòa Bình 350000|Tân Lạc|Thanh Sơn, Phú Thọ"),
    "war-PH": _l("PH", "en", "Waray", "Tacloban City 6500|Catbalogan 6700|Borongan 6800"),
    "hil-PH": _l("PH", "en", "Hiligaynon", "Iloilo City 5000|Bacolod 6100|Roxas City 5800"),
    "sas-ID": _l("ID", "id", "Sasak", "Mataram 83121|Praya 83511|Selong 83612"),
    "mak-ID": _l("ID", "id", "Makassarese", "Makassar 90111|Gowa 92111|Takalar 92212"),
    "pwn-TW": _l("TW", "en", "Paiwan", "Pingtung 900|Sandimen 901|Taimali 963"),
    "za-CN": _l("CN", "en", "Zhuang", "Nanning 530022|Baise 533000|Liuzhou 545001"),
    "bca-CN": _l("CN", "en", "Bai", "Dali 671000|Jianchuan 671300|Heqing 671500"),
    "luy-KE": _l("KE", "en", "Luhya", "Kakamega 50100|Bungoma 50200|Webuye 50205"),
    "guz-KE": _l("KE", "en", "Kisii", "Kisii 40200|Nyamira 40500|Keroka 40202"),
    "xog-UG": _l("UG", "en", "Soga", "Jinja|Iganga|Kamuli"),
    "kde-TZ": _l("TZ", "en", "Makonde", "Mtwara|Newala|Masasi"),
    "vmw-MZ": _l("MZ", "pt", "Makhuwa", "Nampula|Ilha de Moçambique|Angoche"),
    "cjk-AO": _l("AO", "pt", "Chokwe", "Saurimo|Dundo|Luena"),
    "ewo-CM": _l("CM", "fr", "Ewondo", "Yaoundé|Mfou|Obala"),
    "ibb-NG": _l("NG", "en", "Ibibio", "Uyo 520101|Ikot Ekpene 530101|Eket 524101"),
    "nup-NG": _l("NG", "en", "Nupe", "Bida 912101|Minna 920101|Mokwa 912001"),
    "fat-GH": _l("GH", "en", "Fante", "Cape Coast|Elmina|Saltpond"),
    "bev-CI": _l("CI", "fr", "Bete", "Gagnoa|Daloa|Soubré"),
    "sus-GN": _l("GN", "fr", "Susu", "Conakry|Dubréka|Boffa"),
    "sid-ET": _l("ET", "en", "Sidama", "Hawassa|Yirgalem|Aleta Wendo"),
    "rif-MA": _l("MA", "fr", "Riffian", "32000 Al Hoceïma|62000 Nador|33000 Imzouren"),
    "pon-FM": _l("FM", "en", "Pohnpeian", "Kolonia, Pohnpei FM 96941|Palikir, Pohnpei FM 96941"),
    "mrq-PF": _l("PF", "fr", "Marquesan", "98742 Taiohae, Nuku Hiva|98741 Atuona, Hiva Oa|98744 Hakahau"),
    "pjt-AU": _l("AU", "en", "Pitjantjatjara", "Alice Springs NT 0870|Pukatja SA 0872|Amata SA 0872"),
}  # fmt: skip

# House-number-first street words (English-speaking and Asian/African locales).
EN_STREETS = _w("Mangrove Bay Road|Ridgeback Lane|Cassava Close|Old Mission Trail|Tamarind Drive|"
                "Harbour View Terrace|Sawmill Crescent|Gumtree Way|Cinder Hill Rd|Pelican Walk|Kapok Avenue|"
                "Quarry Row|Ironwood Court|Salt Pond Street|Juniper Flats Road|Bluff Street")  # fmt: skip
STREETS: dict[str, tuple[str, ...]] = {
    "fr": _w("rue des Cordiers|allée des Flamboyants|chemin du Moulin-Neuf|boulevard de la Darse|impasse des Goyaviers|avenue du Lagon"),
    "es": _w("Calle Los Almendros|Avenida del Ferrocarril|Callejón de la Acequia|Calle Fray Bentos|Paseo de los Curtidores|Camino Real de Tierra Adentro"),
    "pt": _w("Rua dos Tanoeiros|Travessa do Castanheiro|Avenida Marginal|Largo da Feira|Rua da Liberdade|Beco das Flores"),
    "de": _w("Deichstraße|Am Fischerhafen|Krabbenweg|Mühlenkamp|Torfstich|Spreewaldring"),
    "nl": _w("Zeewindstraat|Kerkweg|Watermolenpad|Dakotaweg|Sabanaweg|Havenkade"),
    "it": _w("Via dei Ceramisti|Vico San Rocco|Corso Garibaldi|Via delle Tabacchine|Contrada Ficazzana|Viale Otranto"),
    "ru": _w("ул. Пролетарская|пр-т Ленина|ул. Садовая|пер. Речной|ул. Гагарина|ш. Горное"),
    "ar": _w("شارع السلطان قابوس|طريق المطار|شارع الجامعة|شارع الملكة رانيا"),
    "id": _w("Jl. Pejanggik|Jl. Sultan Hasanuddin|Gg. Melati|Jl. Gajah Mada|Jl. Catur Warga|Jl. Somba Opu"),
}  # fmt: skip
UNITS = {
    "en": ("Apt {n}", "Unit {n}", "Flat {n}", "Suite {n}", "Lot {n}", "House {n}", "Box {n}"),
    "fr": ("appt {n}", "bât. {l}", "esc. {l}, {n}e étage", "lot {n}"),
    "es": ("depto. {n}", "piso {n}, puerta {l}", "int. {n}", "casa {n}", "apto. {n}"),
    "pt": ("apto. {n}", "casa {n}", "{n}.º esq.", "bloco {l}"),
    "de": ("Whg. {n}", "Hinterhaus", "{n}. OG links", "App. {n}"),
    "nl": ("unit {n}", "bus {n}", "app. {n}"),
    "it": ("int. {n}", "scala {l}", "piano {n}"),
    "ru": ("кв. {n}", "корп. {n}, кв. {n}", "стр. {n}"),
    "ar": ("شقة {n}", "فيلا {n}"),
    "id": ("RT {n}/RW {n}", "Blok {l} No. {n}", "Kav. {n}"),
}  # fmt: skip

# Country -> IBAN BBAN layout (n = digit, a = capital letter). Lengths follow the SWIFT IBAN registry.
IBAN_BBAN = {
    "AD": "8n12n", "AE": "19n", "AL": "24n", "AT": "16n", "AZ": "4a20n", "BA": "16n", "BE": "12n",
    "BG": "4a14n", "BH": "4a14n", "BR": "23n1a1n", "CH": "17n", "CR": "18n", "CY": "24n", "CZ": "20n",
    "DE": "18n", "DK": "14n", "DO": "4a20n", "EE": "16n", "EG": "25n", "ES": "20n", "FI": "14n", "FO": "14n",
    "FR": "23n", "GB": "4a14n", "GE": "2a16n", "GI": "4a15n", "GL": "14n", "GR": "23n", "GT": "24n",
    "HR": "17n", "HU": "24n", "IE": "4a14n", "IL": "19n", "IQ": "4a15n", "IS": "22n", "IT": "1a22n",
    "JO": "4a22n", "KW": "4a22n", "KZ": "16n", "LB": "24n", "LC": "4a24n", "LI": "17n", "LT": "16n",
    "LU": "16n", "LV": "4a13n", "MC": "23n", "MD": "20n", "ME": "18n", "MK": "15n", "MR": "23n",
    "MT": "4a23n", "MU": "4a19n3a", "NL": "4a10n", "NO": "11n", "PK": "4a16n", "PL": "24n", "PS": "4a21n",
    "PT": "21n", "QA": "4a21n", "RO": "4a16n", "RS": "18n", "SA": "20n", "SC": "4a20n3a", "SE": "20n",
    "SI": "15n", "SK": "20n", "SM": "1a22n", "TL": "19n", "TN": "20n", "TR": "22n", "UA": "25n",
    "VG": "4a16n", "XK": "16n",
}  # fmt: skip
IBAN_LENGTH = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24,
    "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21,
    "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27,
    "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24,
    "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TL": 23, "TN": 24, "TR": 26,
    "UA": 29, "VG": 24, "XK": 20,
}  # fmt: skip

# (IIN prefixes, lengths) of card schemes: Visa, Mastercard, Amex, Diners, Discover, JCB, UnionPay, Maestro,
# RuPay, Mir, Troy, Verve, UATP, Dankort, Elo.
CARD_SCHEMES: tuple[tuple[tuple[str, ...], tuple[int, ...]], ...] = (
    (("4",), (13, 16, 19)),
    (("51", "52", "53", "54", "55", "2221", "2298", "2417", "2720"), (16,)),
    (("34", "37"), (15,)),
    (("300", "301", "305", "36", "38"), (14,)),
    (("6011", "644", "649", "65"), (16, 17, 18, 19)),
    (("3528", "3541", "3589"), (16, 17, 18, 19)),
    (("62",), (16, 17, 18, 19)),
    (("5018", "5020", "5038", "6304", "6759", "6761", "6763"), (12, 13, 14, 15, 16, 17, 18, 19)),
    (("508", "6521", "6522"), (16,)),
    (("2200", "2201", "2203", "2204"), (16,)),
    (("9792",), (16,)),
    (("506099", "507865", "650002"), (16, 19)),
    (("1",), (15,)),
    (("5019",), (16,)),
    (("636368", "504175", "451416"), (16,)),
)

GROUPINGS: dict[int, tuple[tuple[int, ...], ...]] = {
    12: ((4, 4, 4), (6, 6), (3, 3, 3, 3)),
    13: ((4, 4, 5), (4, 3, 3, 3), (6, 7)),
    14: ((4, 6, 4), (4, 4, 4, 2), (2, 4, 4, 4)),
    15: ((4, 6, 5), (4, 4, 4, 3), (5, 5, 5)),
    16: ((4, 4, 4, 4), (8, 8), (4, 6, 6), (2, 6, 8)),
    17: ((4, 4, 4, 5), (5, 6, 6), (4, 4, 4, 4, 1)),
    18: ((6, 12), (4, 4, 4, 6), (6, 6, 6)),
    19: ((4, 4, 4, 4, 3), (6, 13), (4, 4, 4, 7), (5, 5, 5, 4)),
}

BIC_BANKS = _w("MIDL|PARB|COBA|BCOM|NEDS|EQBL|CRDB|SBIC|KCBL|ABNA|RABO|SOGE|CRLY|BNPA|CAIX|BSCH|UBSW|"
               "RZBA|PKOP|OTPV|HABA|NDEA|DABA|ZABA|UNCR|ICIC|HDFC|MAYB|BBRI|BMRI|BDOU|CTCB|ANZB|WPAC|"
               "BKCH|ICBK|SABB|NBOB|BMUS|ARAB|QNBA|BLOM|BCPO|BAGU|STBK|ECOC|GTBI|FIDT|BOMO|BCMA|ATTI")  # fmt: skip
BIC_COUNTRIES = _w("GB|FR|DE|IT|ES|PT|NL|BE|CH|AT|PL|HU|SE|FI|DK|NO|HR|LT|EE|IN|PK|MY|ID|PH|TW|AU|CN|SA|OM|"
                   "JO|LB|AE|QA|MA|TN|NG|GH|KE|TZ|UG|ZA|CM|CI|GN|ET|MZ|AO|UY|MX|EC|DO|CR|PA|GE|TR|AZ|IL|NP|VN")  # fmt: skip

MONTHS = {
    "en": _w("January|February|March|April|May|June|July|August|September|October|November|December"),
    "fr": _w("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"),
    "es": _w("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
    "pt": _w("janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"),
    "de": _w("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "nl": _w("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"),
    "it": _w("gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"),
    "ru": _w("января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"),
    "id": _w("Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"),
    "ar": _w("يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"),
}  # fmt: skip
MONTH_FIRST = ("US", "PR", "FM")

EMAIL_DOMAINS = _w("kelpmail.net|post.example.org|ridgeline.co|inbox.lagoon.io|mailhub.africa|tropicpost.com|"
                   "nordlys.no|correo.example.es|poczta.example.pl|sasakmail.id")  # fmt: skip
HANDLES = _w(
    "sunbird|reedwarbler|tidepool|orchard|copperkettle|ashgrove|northwind|marigold|kestrel|saltmarsh"
)


def _ascii(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in ".-")
    )


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def iban_check(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - number % 97:02d}"


class Values:
    """Draws the personal values of one document written in `locale`."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng, self.locale = rng, locale
        self.where = LOCALES[locale]
        self.country, self.lang = self.where.country, self.where.lang
        self.given_names, self.surnames = NAMES[self.where.origin]

    # --- people -------------------------------------------------------------------------------------------
    def given(self) -> str:
        return self.rng.choice(self.given_names)

    def surname(self) -> str:
        return self.rng.choice(self.surnames)

    def person(self) -> tuple[str, str]:
        """(given, surname), sometimes with a second given name or a double surname."""
        g, s = self.given(), self.surname()
        roll = self.rng.random()
        if roll < 0.15:
            g = f"{g}-{self.given()}" if g.isascii() else g
        elif roll < 0.3 and s.isascii():
            s = f"{s}-{self.surname()}"
        return g, s

    def name(self, style: str | None = None) -> str:
        g, s = self.person()
        style = style or self.rng.choice(("gs", "gs", "SG", "lower", "initial", "upper", "sg"))
        if not g.isascii() or not s.isascii():
            style = {"lower": "gs", "upper": "gs", "initial": "sg"}.get(style, style)
            if "\u4e00" <= s[0] <= "\u9fff":
                return s + g
        return {
            "gs": f"{g} {s}",
            "SG": f"{s.upper()}, {g}",
            "sg": f"{s}, {g}",
            "lower": f"{g} {s}".lower(),
            "initial": f"{g[0]}. {s}",
            "upper": f"{g} {s}".upper(),
        }[style]

    def email(self, g: str | None = None, s: str | None = None) -> str:
        g = _ascii(g or self.given()).lower().replace("-", "")
        s = _ascii(s or self.surname()).lower().replace("-", "")
        if not g or not s:
            g, s = self.rng.choice(HANDLES), str(self.rng.randint(10, 9999))
        local = self.rng.choice(
            (f"{g}.{s}", f"{g[0]}{s}", f"{s}_{g}", f"{g}{self.rng.randint(1, 99)}", f"{s}-{g[0]}")
        )
        return f"{local}@{self.rng.choice(EMAIL_DOMAINS)}"

    # --- phones -------------------------------------------------------------------------------------------
    def _number(self, region: str) -> phonenumbers.PhoneNumber:
        kinds = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
        example = phonenumbers.example_number_for_type(region, self.rng.choice(kinds))
        example = example or phonenumbers.example_number(region)
        assert example is not None, region
        digits = str(example.national_number)
        for _ in range(200):
            keep = self.rng.randint(max(1, len(digits) - 9), len(digits) - 5)
            candidate = digits[:keep] + "".join(self.rng.choice("0123456789") for _ in digits[keep:])
            if region in ("US", "PR", "KN", "TC") and candidate[3:6] == "555":
                continue
            number = phonenumbers.parse("+" + str(example.country_code) + candidate, None)
            if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
                return number
        return example

    def phone(self, form: str | None = None, region: str | None = None) -> str:
        region = region or self.country
        number = self._number(region)
        code = str(number.country_code)
        forms = ("national", "intl", "intl", "e164", "rfc", "00", "paren", "ext")
        form = form or self.rng.choice(forms)
        intl = phonenumbers.format_number(number, PNF.INTERNATIONAL)
        national = phonenumbers.format_number(number, PNF.NATIONAL)
        text = {
            "national": national,
            "intl": intl,
            "e164": phonenumbers.format_number(number, PNF.E164),
            "rfc": phonenumbers.format_number(number, PNF.RFC3966).removeprefix("tel:"),
            "00": "00" + intl[1:],
            "paren": f"(+{code}) " + intl[len(code) + 2 :],
            "ext": f"{intl} ext. {self.rng.randint(2, 4999)}",
        }[form]
        parsed = None
        with contextlib.suppress(phonenumbers.NumberParseException):
            parsed = phonenumbers.parse(text, self.country)
        if parsed is None or not phonenumbers.is_valid_number(parsed):
            return intl
        return text

    # --- money --------------------------------------------------------------------------------------------
    def card(self, spaced: bool | None = None) -> str:
        prefixes, lengths = self.rng.choice(CARD_SCHEMES)
        length = self.rng.choice(lengths)
        body = self.rng.choice(prefixes)
        body += "".join(self.rng.choice("0123456789") for _ in range(length - len(body) - 1))
        digits = body + luhn_digit(body)
        if spaced is False or self.rng.random() < 0.12:
            return digits
        groups = self.rng.choice(GROUPINGS[length])
        sep = self.rng.choice((" ", " ", "-", ".", " - ", "/"))
        out, at = [], 0
        for g in groups:
            out.append(digits[at : at + g])
            at += g
        return sep.join(out)

    def card_length(self, length: int) -> str:
        for _ in range(500):
            value = self.card(spaced=False)
            if len(value) == length:
                return value
        raise RuntimeError(length)

    def iban(self, country: str | None = None, form: str | None = None) -> str:
        country = country or (
            self.country if self.country in IBAN_BBAN else self.rng.choice(tuple(IBAN_BBAN))
        )
        bban = ""
        for count, kind in ((int(p[:-1]), p[-1]) for p in _layout(IBAN_BBAN[country])):
            pool = string_upper if kind == "a" else "0123456789"
            bban += "".join(self.rng.choice(pool) for _ in range(count))
        compact = country + iban_check(country, bban) + bban
        assert len(compact) == IBAN_LENGTH[country], compact
        form = form or self.rng.choice(("4", "4", "compact", "dash", "head"))
        if form == "compact":
            return compact
        if form == "head":
            return compact[:4] + " " + compact[4:]
        sep = "-" if form == "dash" else " "
        return sep.join(compact[i : i + 4] for i in range(0, len(compact), 4))

    def bic(self) -> str:
        bank = self.rng.choice(BIC_BANKS)
        country = self.country if self.rng.random() < 0.5 and self.country in BIC_COUNTRIES else None
        country = country or self.rng.choice(BIC_COUNTRIES)
        loc = self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") + self.rng.choice(
            "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        )
        branch = self.rng.choice(
            ("", "", "XXX", "".join(self.rng.choice("ABCDEFGHJKLMN0123456789") for _ in range(3)))
        )
        return bank + country + loc + branch

    # --- US social security -------------------------------------------------------------------------------
    def ssn(self) -> str:
        area = self.rng.choice([a for a in range(1, 900) if a != 666])
        group, serial = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        sep = self.rng.choice(("-", "-", " ", ""))
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    # --- network ------------------------------------------------------------------------------------------
    def ip(self) -> str:
        if self.rng.random() < 0.35:
            head = self.rng.choice(
                ("2a02:26f0", "2001:1c00", "2c0f:fb50", "2402:3a80", "2800:3f0", "2605:a601")
            )
            tail = ":".join(f"{self.rng.randint(1, 0xFFFF):x}" for _ in range(self.rng.choice((2, 3, 6))))
            return f"{head}:{tail}" if tail.count(":") == 5 else f"{head}::{tail}"
        while True:
            a = self.rng.choice((41, 62, 78, 102, 105, 129, 154, 177, 181, 196, 197, 212))
            value = f"{a}.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"
            if a not in (100, 192, 198, 203):
                return value

    # --- birth dates --------------------------------------------------------------------------------------
    def birth(self, young: bool = False) -> date:
        start = date(1999, 1, 1) if young else date(1932, 1, 1)
        end = date(2020, 12, 31) if young else date(2004, 12, 31)
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def dob(self, young: bool = False, form: str | None = None) -> str:
        d = self.birth(young)
        lang = self.lang if self.lang in MONTHS else "en"
        words = MONTHS[lang]
        forms = ["dots", "slash", "iso", "words", "words", "compact", "mon", "dash"]
        if self.country in MONTH_FIRST:
            forms = ["slash", "slash", "words", "iso", "compact", "mon"]
        form = form or self.rng.choice(forms)
        if form == "words" and lang == "ar":
            form = "dots"
        if self.country in MONTH_FIRST and form in ("slash", "words"):
            return (
                f"{d.month:02d}/{d.day:02d}/{d.year}"
                if form == "slash"
                else f"{words[d.month - 1]} {d.day}, {d.year}"
            )
        if form == "words":
            if lang in ("es", "pt"):
                return f"{d.day} de {words[d.month - 1]} de {d.year}"
            if lang == "ru":
                return f"{d.day} {words[d.month - 1]} {d.year} г."
            if lang == "de":
                return f"{d.day}. {words[d.month - 1]} {d.year}"
            return f"{d.day} {words[d.month - 1]} {d.year}"
        return {
            "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "iso": d.isoformat(),
            "compact": d.strftime("%Y%m%d"),
            "mon": f"{d.day:02d}-{MONTHS['en'][d.month - 1][:3].upper()}-{d.year}",
            "dash": f"{d.day}-{d.month}-{d.year}",
        }[form]

    # --- addresses ----------------------------------------------------------------------------------------
    def unit(self) -> str:
        pattern = self.rng.choice(UNITS.get(self.lang, UNITS["en"]))
        return pattern.format(n=self.rng.randint(1, 48), l=self.rng.choice("ABCDEF"))

    def city(self) -> str:
        return self.rng.choice(self.where.cities)

    def street(self, lines: int | None = None) -> str:
        """A house number and street line, with a unit sometimes; with the city on a second line (and the
        unit on a third) when `lines` asks for it."""
        n = str(self.rng.randint(1, 2890))
        if self.rng.random() < 0.15:
            n += self.rng.choice(("A", "B", "bis", "/2", "-4"))
        lines = lines or self.rng.choice((1, 1, 2, 2, 3))
        unit = self.unit() if lines == 3 or self.rng.random() < 0.5 else ""
        if self.lang in STREETS:
            road = (
                f"{self.rng.choice(STREETS[self.lang])}, {n}"
                if self.lang in ("ru", "es", "pt", "it")
                else f"{self.rng.choice(STREETS[self.lang])} {n}"
            )
            if self.lang == "ru":
                road = f"{self.rng.choice(STREETS['ru'])}, д. {n}"
            if self.lang == "fr":
                road = f"{n} {self.rng.choice(STREETS['fr'])}"
        else:
            road = f"{n} {self.rng.choice(EN_STREETS)}"
        if lines == 1:
            return f"{road}, {unit}" if unit else road
        if lines == 2:
            return f"{road}{', ' + unit if unit else ''}\n{self.city()}"
        return (
            f"{unit}\n{road}\n{self.city()}" if self.rng.random() < 0.5 else f"{road}\n{unit}\n{self.city()}"
        )

    # --- licences and record numbers ----------------------------------------------------------------------
    def _d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def _a(self, n: int) -> str:
        return "".join(self.rng.choice(string_upper) for _ in range(n))

    def licence(self) -> tuple[str, str]:
        """(issuer, number) of a driving licence: mostly one issued in the document's country, else one of
        another jurisdiction (a foreign licence shown at a border, a rental desk or an onboarding call)."""
        d, a = self._d, self._a
        layouts: tuple[tuple[str, str, Callable[[], str]], ...] = (
            ("US", "Arizona MVD", lambda: a(1) + d(8)),
            ("US", "New Mexico MVD", lambda: d(9)),
            ("US", "Alaska DMV", lambda: d(7)),
            ("US", "Wisconsin DMV", lambda: f"{a(1)}{d(3)}-{d(4)}-{d(4)}-{d(2)}"),
            ("US", "New York DMV", lambda: f"{d(3)} {d(3)} {d(3)}"),
            ("CA", "Service New Brunswick", lambda: d(7)),
            ("CA", "SAAQ", lambda: f"{a(1)}{d(4)}-{d(6)}-{d(2)}"),
            ("GB", "DVLA", lambda: f"{a(5)}{d(6)}{a(2)}9{a(2)}"),
            ("PH", "LTO", lambda: f"{a(1)}{d(2)}-{d(2)}-{d(6)}"),
            ("KE", "NTSA", lambda: f"DL-{d(7)}{a(1)}"),
            ("NG", "FRSC", lambda: f"{a(3)}{d(5)}{a(2)}{d(2)}"),
            ("DE", "Kraftfahrt-Bundesamt", lambda: f"{a(1)}{d(3)}{a(3)}{d(1)}{a(1)}{d(2)}"),
            ("ES", "DGT", lambda: f"{d(8)}{a(1)}"),
            ("PT", "IMT", lambda: f"{a(1)}-{d(6)} {d(1)}"),
            ("RU", "ГИБДД", lambda: f"{d(2)} {d(2)} {d(6)}"),
            ("UA", "ТСЦ МВС", lambda: f"{a(3)} {d(6)}"),
            ("IN", "RTO Bhuj", lambda: f"GJ12 {d(4)}{d(7)}"),
            ("IN", "RTO Gangtok", lambda: f"SK01 {d(4)}{d(7)}"),
            ("ID", "Korlantas Polri", lambda: f"{d(4)}-{d(4)}-{d(6)}"),
            ("AU", "NT Motor Vehicle Registry", lambda: d(7)),
            ("IT", "Motorizzazione Civile", lambda: f"U1{a(1)}{d(6)}{a(1)}"),
            ("SE", "Transportstyrelsen", lambda: f"{d(8)}-{d(4)}"),
            ("FI", "Traficom", lambda: f"FI{d(8)}"),
            ("MX", "Secretaría de Movilidad", lambda: f"{a(1)}{d(2)}{a(1)}{d(6)}"),
            ("UY", "Intendencia de Montevideo", lambda: f"{d(1)}.{d(3)}.{d(3)}-{d(1)}"),
            ("DO", "INTRANT", lambda: f"{d(3)}-{d(7)}-{d(1)}"),
            ("PR", "CESCO", lambda: d(7)),
            ("EE", "Transpordiamet", lambda: f"{a(2)}{d(6)}"),
            ("LT", "Regitra", lambda: d(8)),
            ("NO", "Statens vegvesen", lambda: f"{d(3)} {d(2)} {d(6)}"),
            ("OM", "Royal Oman Police", lambda: d(8)),
            ("JO", "Drivers and Vehicles Licensing Dept.", lambda: d(10)),
            ("PK", "DLIMS Punjab", lambda: f"{d(5)}-{d(7)}-{d(1)}"),
            ("TR", "Emniyet Genel Müdürlüğü", lambda: d(6)),
            ("MA", "NARSA", lambda: f"{d(2)}/{d(6)}"),
            ("TN", "ATTT", lambda: f"{d(2)}/{d(6)}"),
            ("GH", "DVLA Ghana", lambda: f"{a(3)}-{d(8)}-{d(5)}"),
            ("ZA", "Department of Transport", lambda: f"{d(10)}{a(2)}"),
        )
        home = [layout for layout in layouts if layout[0] == self.country]
        _, issuer, number = self.rng.choice(home if home and self.rng.random() < 0.8 else layouts)
        return issuer, number()

    def mrn(self) -> tuple[str, str]:
        """(label, number) of a hospital or clinic record number as one country's hospitals print it."""
        d, a = self._d, self._a
        return self.rng.choice(
            (
                lambda: ("UR number", d(7)),
                lambda: ("Hospital Reg. No.", f"{a(2)}/{d(6)}/{d(2)}"),
                lambda: ("CHI", d(10)),
                lambda: ("IPP", f"{d(2)}{d(8)}"),
                lambda: ("N° dossier patient", f"DP-{d(3)}-{d(5)}"),
                lambda: ("Historia clínica", f"HC {d(7)}"),
                lambda: ("Nº de expediente", f"EXP-{d(4)}-{d(6)}"),
                lambda: ("Prontuário", f"{d(6)}-{d(1)}"),
                lambda: ("Processo clínico", f"PC{d(8)}"),
                lambda: ("Krankenblatt-Nr.", f"KB {d(4)} {d(5)}"),
                lambda: ("Patiëntnummer", f"{d(3)}.{d(3)}.{d(3)}"),
                lambda: ("Cartella clinica", f"{d(4)}/{d(5)}"),
                lambda: ("Медкарта №", f"{d(5)}-{d(2)}"),
                lambda: ("رقم الملف الطبي", f"{d(8)}"),
                lambda: ("No. Rekam Medis", f"RM-{d(2)}.{d(2)}.{d(2)}"),
                lambda: ("OPD Card No.", f"OPD/{d(5)}/{d(4)}"),
                lambda: ("CR No.", f"{d(4)}{d(8)}"),
                lambda: ("Patient Folder", f"F{d(7)}"),
                lambda: ("Chart #", f"{a(2)}{d(6)}"),
                lambda: ("EMR ID", f"EMR-{d(9)}"),
                lambda: ("Hosp. No.", f"{a(1)}{d(3)}-{d(3)}-{d(3)}"),
            )
        )()


string_upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _layout(spec: str) -> list[str]:
    parts, cur = [], ""
    for c in spec:
        cur += c
        if c.isalpha():
            parts.append(cur)
            cur = ""
    return parts
