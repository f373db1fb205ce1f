# Heads of state and government, foreign ministers and a few other top
# officials, 2014-2026, with the dates of their terms (hand-edited, gaz
# 2026-11-29). Earlier terms come from 04-leaders-phoenix.lex (generated,
# closed at its 2014-01-30 snapshot); some are repeated here in full.
# Ranges are inclusive, YYYY-MM-DD; an open end means "in office at the last
# check of this file" (knowledge checked to 2025; later changes, e.g. the
# 2026 elections in Hungary, Colombia or Peru, are NOT verified: review).
# Where only the month is sure the range uses the month and the comment says so.
# Surnames alone are given (with ^, or = where all capitals mean something
# else: "=Xi", not "Starting XI") only for the very prominent; the same
# surname may appear on several lines for a person's successive roles.

# United States.
alias US leader [2009-01-20..2017-01-20] : Barack Obama | Barack Hussein Obama | ^Obama  # gaz 2026-11-29 president
alias US leader [2015-06-16..] : Donald Trump | Donald J. Trump | ^Trump  # gaz 2026-11-29 president 2017-01-20..2021-01-20 and since 2025-01-20; candidate and ex-president between (still a US actor)
alias US minister [2009-01-20..2017-01-20] : Joe Biden | Joseph Biden | Joseph R. Biden | ^Biden  # gaz 2026-11-29 vice president
alias US leader [2019-04-25..2025-01-20] : Joe Biden | Joseph Biden | Joseph R. Biden | ^Biden  # gaz 2026-11-29 candidate from 2019-04-25, president 2021-01-20..2025-01-20
alias US minister [2017-01-20..2021-01-20] : Mike Pence | ^Pence  # gaz 2026-11-29 vice president
alias US minister [2021-01-20..2025-01-20] : Kamala Harris  # gaz 2026-11-29 vice president (candidate 2024)
alias US minister [2025-01-20..] : JD Vance | J.D. Vance | J. D. Vance | ^Vance  # gaz 2026-11-29 vice president
alias US minister [2013-02-01..2017-01-20] : John Kerry  # gaz 2026-11-29 secretary of state
alias US minister [2017-02-01..2018-03-31] : Rex Tillerson | ^Tillerson  # gaz 2026-11-29 secretary of state
alias US minister [2018-04-26..2021-01-20] : Mike Pompeo | ^Pompeo  # gaz 2026-11-29 secretary of state (CIA director 2017-01-23..2018-04-26)
alias US minister [2017-01-23..2018-04-26] : Mike Pompeo | ^Pompeo  # gaz 2026-11-29 CIA director
alias US minister [2021-01-26..2025-01-20] : Antony Blinken | Tony Blinken | ^Blinken  # gaz 2026-11-29 secretary of state
alias US minister [2025-01-21..] : Marco Rubio | ^Rubio  # gaz 2026-11-29 secretary of state (also national security adviser from 2025-05)
alias US minister [2013-02-27..2015-02-17] : Chuck Hagel | ^Hagel  # gaz 2026-11-29 secretary of defense
alias US minister [2015-02-17..2017-01-20] : Ash Carter | Ashton Carter  # gaz 2026-11-29 secretary of defense
alias US minister [2017-01-20..2019-01-01] : Jim Mattis | James Mattis | ^Mattis  # gaz 2026-11-29 secretary of defense
alias US minister [2019-07-23..2020-11-09] : Mark Esper | ^Esper  # gaz 2026-11-29 secretary of defense
alias US minister [2021-01-22..2025-01-20] : Lloyd Austin  # gaz 2026-11-29 secretary of defense
alias US minister [2025-01-25..] : Pete Hegseth | ^Hegseth  # gaz 2026-11-29 secretary of defense (of war, by 2025-09 order)
alias US minister [2021-01-20..2025-01-20] : Jake Sullivan  # gaz 2026-11-29 national security adviser
alias US minister [2025-01-20..2025-05-01] : Mike Waltz  # gaz 2026-11-29 national security adviser
alias US minister [2025-01-20..] : Steve Witkoff | ^Witkoff  # gaz 2026-11-29 special envoy (Middle East, Russia talks)

# Russia.
alias RU leader [1999-08-09..] : Vladimir Putin | Vladimir Vladimirovich Putin | Vladimir V. Putin | ^Putin  # gaz 2026-11-29 PM 1999-2000, president 2000-2008, PM 2008-2012, president since 2012-05-07
alias RU leader [2008-05-07..2012-05-07] : Dmitry Medvedev | Dmitri Medvedev | Dmitriy Medvedev | ^Medvedev  # gaz 2026-11-29 president
alias RU leader [2012-05-08..2020-01-15] : Dmitry Medvedev | Dmitri Medvedev | Dmitriy Medvedev | ^Medvedev  # gaz 2026-11-29 prime minister
alias RU minister [2020-01-16..] : Dmitry Medvedev | Dmitri Medvedev | Dmitriy Medvedev | ^Medvedev  # gaz 2026-11-29 deputy chairman of the Security Council
alias RU leader [2020-01-16..] : Mikhail Mishustin | ^Mishustin  # gaz 2026-11-29 prime minister
alias RU minister [2004-03-09..] : Sergei Lavrov | Sergey Lavrov | ^Lavrov  # gaz 2026-11-29 foreign minister
alias RU minister [2012-11-06..] : Sergei Shoigu | Sergey Shoigu | ^Shoigu  # gaz 2026-11-29 defence minister to 2024-05-12, then Security Council secretary
alias RU minister [2024-05-14..] : Andrei Belousov | Andrey Belousov  # gaz 2026-11-29 defence minister
alias RU minister [2012-05-22..] : Dmitry Peskov | Dmitri Peskov | ^Peskov  # gaz 2026-11-29 Kremlin spokesman
alias RU minister [2015-08-10..] : Maria Zakharova | ^Zakharova  # gaz 2026-11-29 foreign ministry spokeswoman
alias RU minister [2008-05-12..2024-05-12] : Nikolai Patrushev | Nikolay Patrushev | ^Patrushev  # gaz 2026-11-29 Security Council secretary
alias RU minister [2020-09-01..] : Kirill Dmitriev  # gaz 2026-11-29 RDIF head since 2011, special envoy for economic cooperation from 2025-02 (month)
alias RU minister [2012-06-01..] : Yuri Ushakov  # gaz 2026-11-29 presidential foreign-policy aide (month)

# China.
alias CN leader [2012-11-15..] : Xi Jinping | =Xi  # gaz 2026-11-29 general secretary since 2012-11-15, president since 2013-03-14
alias CN leader [2013-03-15..2023-03-11] : Li Keqiang  # gaz 2026-11-29 premier
alias CN leader [2023-03-11..] : Li Qiang  # gaz 2026-11-29 premier
alias CN minister [2013-03-16..] : Wang Yi  # gaz 2026-11-29 foreign minister 2013-03-16..2022-12-30 and since 2023-07-25; Central Foreign Affairs Commission office director from 2023-01
alias CN minister [2022-12-30..2023-07-25] : Qin Gang  # gaz 2026-11-29 foreign minister
alias CN minister [2018-03-19..2023-03-12] : Wei Fenghe  # gaz 2026-11-29 defence minister
alias CN minister [2023-03-12..2023-10-24] : Li Shangfu  # gaz 2026-11-29 defence minister
alias CN minister [2023-12-29..] : Dong Jun  # gaz 2026-11-29 defence minister
alias CN minister [2023-03-10..] : Han Zheng  # gaz 2026-11-29 vice president
alias CN minister [2018-03-17..2023-03-10] : Wang Qishan  # gaz 2026-11-29 vice president
alias CN minister [2015-01-01..] : Hua Chunying | Mao Ning | Lin Jian | Wang Wenbin | Zhao Lijian | Geng Shuang | Lu Kang  # gaz 2026-11-29 foreign ministry spokespeople (various years; all Chinese officials)

# Japan.
alias JP leader [2012-12-26..2020-09-16] : Shinzo Abe | Shinzō Abe | ^Abe  # gaz 2026-11-29 prime minister (also 2006-09-26..2007-09-26)
alias JP leader [2020-09-16..2021-10-04] : Yoshihide Suga  # gaz 2026-11-29 prime minister
alias JP minister [2012-12-26..2017-08-03] : Fumio Kishida | ^Kishida  # gaz 2026-11-29 foreign minister
alias JP leader [2021-10-04..2024-10-01] : Fumio Kishida | ^Kishida  # gaz 2026-11-29 prime minister
alias JP leader [2024-10-01..2025-10-21] : Shigeru Ishiba | ^Ishiba  # gaz 2026-11-29 prime minister
alias JP leader [2025-10-21..] : Sanae Takaichi | ^Takaichi  # gaz 2026-11-29 prime minister
alias JP minister [2017-08-03..2019-09-11] : Taro Kono | Tarō Kōno  # gaz 2026-11-29 foreign minister (defence 2019-2020)
alias JP minister [2019-09-11..2021-11-04] : Toshimitsu Motegi | ^Motegi  # gaz 2026-11-29 foreign minister
alias JP minister [2025-10-21..] : Toshimitsu Motegi | ^Motegi  # gaz 2026-11-29 foreign minister again
alias JP minister [2021-11-10..2023-09-13] : Yoshimasa Hayashi  # gaz 2026-11-29 foreign minister (chief cabinet secretary 2023-12..2025-10)
alias JP minister [2023-09-13..2024-10-01] : Yoko Kamikawa | Yōko Kamikawa  # gaz 2026-11-29 foreign minister
alias JP minister [2024-10-01..2025-10-21] : Takeshi Iwaya | ^Iwaya  # gaz 2026-11-29 foreign minister
alias JP leader [2019-05-01..] : Emperor Naruhito | ^Naruhito  # gaz 2026-11-29 emperor
alias JP leader [1989-01-07..2019-04-30] : Emperor Akihito | ^Akihito  # gaz 2026-11-29 emperor

# South Korea.
alias KR leader [2013-02-25..2017-03-10] : Park Geun-hye | Park Geun Hye  # gaz 2026-11-29 president (removed 2017-03-10)
alias KR leader [2017-05-10..2022-05-10] : Moon Jae-in | Moon Jae In | President Moon  # gaz 2026-11-29 president
alias KR leader [2022-05-10..2025-04-04] : Yoon Suk Yeol | Yoon Suk-yeol | ^Yoon  # gaz 2026-11-29 president (impeached 2024-12-14, removed 2025-04-04)
alias KR leader [2025-06-04..] : Lee Jae-myung | Lee Jae Myung | President Lee  # gaz 2026-11-29 president
alias KR leader [2022-05-21..2025-05-01] : Han Duck-soo | Han Duck Soo  # gaz 2026-11-29 prime minister (acting president at times)
alias KR leader [2025-07-03..] : Kim Min-seok | Kim Min Seok  # gaz 2026-11-29 prime minister (day unsure, early 2025-07)
alias KR minister [2013-03-11..2017-06-18] : Yun Byung-se | Yun Byung Se  # gaz 2026-11-29 foreign minister
alias KR minister [2017-06-18..2021-02-08] : Kang Kyung-wha | Kang Kyung Wha  # gaz 2026-11-29 foreign minister
alias KR minister [2021-02-09..2022-05-11] : Chung Eui-yong | Chung Eui Yong  # gaz 2026-11-29 foreign minister
alias KR minister [2022-05-12..2024-01-10] : Park Jin  # gaz 2026-11-29 foreign minister
alias KR minister [2024-01-10..2025-07] : Cho Tae-yul | Cho Tae Yul  # gaz 2026-11-29 foreign minister (end month only)
alias KR minister [2025-07..] : Cho Hyun  # gaz 2026-11-29 foreign minister (start month only)

# North Korea.
alias KP leader [2011-12-17..] : Kim Jong Un | Kim Jong-un | Kim Jong-Un | Kim Jong-eun  # gaz 2026-11-29 supreme leader
alias KP minister [2014-01..] : Kim Yo Jong | Kim Yo-jong  # gaz 2026-11-29 senior party official, sister of Kim Jong Un (month)
alias KP minister [2016-05..2020-01] : Ri Yong Ho | Ri Yong-ho  # gaz 2026-11-29 foreign minister (months)
alias KP minister [2020-01..2022-06] : Ri Son Gwon | Ri Son-gwon  # gaz 2026-11-29 foreign minister (months)
alias KP minister [2022-06..] : Choe Son Hui | Choe Son-hui  # gaz 2026-11-29 foreign minister (month)

# Taiwan.
alias TW leader [2008-05-20..2016-05-20] : Ma Ying-jeou | Ma Ying Jeou  # gaz 2026-11-29 president
alias TW leader [2016-05-20..2024-05-20] : Tsai Ing-wen | Tsai Ing Wen | President Tsai  # gaz 2026-11-29 president
alias TW leader [2017-09-08..] : Lai Ching-te | Lai Ching Te | William Lai  # gaz 2026-11-29 premier 2017-2019, vice president 2020-05-20..2024-05-20, president since 2024-05-20
alias TW minister [2018-02-26..2024-05-20] : Joseph Wu  # gaz 2026-11-29 foreign minister
alias TW minister [2024-05-20..] : Lin Chia-lung | Lin Chia Lung  # gaz 2026-11-29 foreign minister

# India.
alias IN leader [2004-05-22..2014-05-26] : Manmohan Singh  # gaz 2026-11-29 prime minister
alias IN leader [2014-05-26..] : Narendra Modi | ^Modi  # gaz 2026-11-29 prime minister
alias IN minister [2014-05-26..2019-05-30] : Sushma Swaraj | ^Swaraj  # gaz 2026-11-29 external affairs minister
alias IN minister [2019-05-30..] : Subrahmanyam Jaishankar | S. Jaishankar | S Jaishankar | ^Jaishankar  # gaz 2026-11-29 external affairs minister
alias IN minister [2019-05-31..] : Rajnath Singh  # gaz 2026-11-29 defence minister
alias IN minister [2014-05-30..] : Ajit Doval | ^Doval  # gaz 2026-11-29 national security adviser
alias IN leader [2017-07-25..2022-07-25] : Ram Nath Kovind  # gaz 2026-11-29 president
alias IN leader [2022-07-25..] : Droupadi Murmu  # gaz 2026-11-29 president

# Pakistan.
alias PK leader [2013-06-05..2017-07-28] : Nawaz Sharif  # gaz 2026-11-29 prime minister
alias PK leader [2017-08-01..2018-05-31] : Shahid Khaqan Abbasi  # gaz 2026-11-29 prime minister
alias PK leader [2018-08-18..2022-04-10] : Imran Khan  # gaz 2026-11-29 prime minister
alias PK leader [2022-04-11..2023-08-14] : Shehbaz Sharif | Shahbaz Sharif  # gaz 2026-11-29 prime minister
alias PK leader [2023-08-14..2024-03-04] : Anwaar-ul-Haq Kakar  # gaz 2026-11-29 caretaker prime minister
alias PK leader [2024-03-04..] : Shehbaz Sharif | Shahbaz Sharif  # gaz 2026-11-29 prime minister again
alias PK leader [2018-09-09..2024-03-09] : Arif Alvi  # gaz 2026-11-29 president
alias PK leader [2024-03-10..] : Asif Ali Zardari  # gaz 2026-11-29 president (also 2008-2013)
alias PK minister [2022-11-29..] : Asim Munir  # gaz 2026-11-29 army chief (field marshal from 2025-05)
alias PK minister [2018-08-20..2022-04-10] : Shah Mahmood Qureshi  # gaz 2026-11-29 foreign minister
alias PK minister [2022-04-27..2023-08-10] : Bilawal Bhutto Zardari | Bilawal Bhutto  # gaz 2026-11-29 foreign minister
alias PK minister [2024-03-11..] : Ishaq Dar  # gaz 2026-11-29 foreign minister (deputy PM from 2024-04)

# Afghanistan (the Taliban themselves are an armed group, not an actor;
# these are the people of the government in Kabul).
alias AF leader [2001-12-22..2014-09-29] : Hamid Karzai | ^Karzai  # gaz 2026-11-29 president
alias AF leader [2014-09-29..2021-08-15] : Ashraf Ghani | Mohammad Ashraf Ghani  # gaz 2026-11-29 president
alias AF minister [2014-09-29..2020-05-17] : Abdullah Abdullah  # gaz 2026-11-29 chief executive
alias AF leader [2021-08-15..] : Hibatullah Akhundzada | Haibatullah Akhundzada  # gaz 2026-11-29 Taliban supreme leader, de facto head of state
alias AF minister [2021-09-07..] : Amir Khan Muttaqi | ^Muttaqi  # gaz 2026-11-29 de facto foreign minister

# Syria.
alias SY leader [2000-07-17..2024-12-08] : Bashar al-Assad | Bashar Assad | Bashar al Assad | ^Assad  # gaz 2026-11-29 president, fell 2024-12-08
alias SY leader [2024-12-08..] : Ahmed al-Sharaa | Ahmad al-Sharaa | Ahmed al Sharaa | ^Sharaa  # gaz 2026-11-29 de facto leader, president from 2025-01-29 (before: HTS, an armed group, not listed)
alias SY minister [2006-02..2020-11-16] : Walid Muallem | Walid al-Moallem  # gaz 2026-11-29 foreign minister (start month)
alias SY minister [2020-11-22..2024-12-08] : Faisal Mekdad | Faisal al-Mekdad  # gaz 2026-11-29 foreign minister
alias SY minister [2024-12-21..] : Asaad al-Shaibani | Asaad Hassan al-Shaibani | ^Shaibani  # gaz 2026-11-29 foreign minister

# Iran.
alias IR leader [1989-06-04..] : Ali Khamenei | Ayatollah Ali Khamenei | Ayatollah Khamenei | ^Khamenei  # gaz 2026-11-29 supreme leader
alias IR leader [2013-08-03..2021-08-03] : Hassan Rouhani | Hassan Rowhani | ^Rouhani  # gaz 2026-11-29 president
alias IR leader [2021-08-03..2024-05-19] : Ebrahim Raisi | Ebrahim Raeisi | ^Raisi  # gaz 2026-11-29 president, died 2024-05-19
alias IR leader [2024-07-28..] : Masoud Pezeshkian | ^Pezeshkian  # gaz 2026-11-29 president
alias IR minister [2013-08-15..2021-08-25] : Mohammad Javad Zarif | Javad Zarif | ^Zarif  # gaz 2026-11-29 foreign minister (vice president 2024-08..2025-03)
alias IR minister [2021-08-25..2024-05-19] : Hossein Amir-Abdollahian | Amir-Abdollahian | Hossein Amirabdollahian  # gaz 2026-11-29 foreign minister
alias IR minister [2024-05-20..2024-08-21] : Ali Bagheri Kani | Ali Bagheri  # gaz 2026-11-29 acting foreign minister
alias IR minister [2024-08-21..] : Abbas Araghchi | ^Araghchi  # gaz 2026-11-29 foreign minister
alias IR minister [2025-08..] : Ali Larijani  # gaz 2026-11-29 Supreme National Security Council secretary (month)

# Israel and Palestine.
alias IL leader [2009-03-31..] : Benjamin Netanyahu | Binyamin Netanyahu | ^Netanyahu | ^Bibi  # gaz 2026-11-29 prime minister 2009-03-31..2021-06-13 and since 2022-12-29 (opposition leader between)
alias IL leader [2021-06-13..2022-06-30] : Naftali Bennett  # gaz 2026-11-29 prime minister
alias IL leader [2022-07-01..2022-12-29] : Yair Lapid  # gaz 2026-11-29 prime minister
alias IL minister [2021-06-13..2022-07-01] : Yair Lapid  # gaz 2026-11-29 foreign minister
alias IL leader [2014-07-24..2021-07-07] : Reuven Rivlin  # gaz 2026-11-29 president
alias IL leader [2021-07-07..] : Isaac Herzog | President Herzog  # gaz 2026-11-29 president
alias IL minister [2020-05-17..2021-06-13] : Gabi Ashkenazi  # gaz 2026-11-29 foreign minister
alias IL minister [2023-01-01..2024-01-01] : Eli Cohen  # gaz 2026-11-29 foreign minister
alias IL minister [2019-02-17..2020-05-17] : Israel Katz  # gaz 2026-11-29 foreign minister
alias IL minister [2024-01-01..] : Israel Katz  # gaz 2026-11-29 foreign minister, defence minister from 2024-11-05
alias IL minister [2024-11-05..] : Gideon Saar | Gideon Sa'ar  # gaz 2026-11-29 foreign minister
alias IL minister [2022-12-29..2024-11-05] : Yoav Gallant | ^Gallant  # gaz 2026-11-29 defence minister (also 2015-2016 housing)
alias IL minister [2022-12-29..] : Itamar Ben-Gvir | Ben-Gvir | Bezalel Smotrich | ^Smotrich  # gaz 2026-11-29 national security and finance ministers (Ben-Gvir out 2025-01..2025-03)
alias PS leader [2005-01-15..] : Mahmoud Abbas | Abu Mazen  # gaz 2026-11-29 Palestinian Authority president
alias PS leader [2019-04-13..2024-03-31] : Mohammad Shtayyeh | Mohammed Shtayyeh  # gaz 2026-11-29 prime minister
alias PS leader [2024-03-31..] : Mohammad Mustafa  # gaz 2026-11-29 prime minister
alias PS minister [2007-05..2024-03-31] : Riyad al-Maliki | Riad Malki  # gaz 2026-11-29 foreign minister (start month)

# Arab states.
alias SA leader [2005-08-01..2015-01-23] : King Abdullah bin Abdulaziz | Abdullah bin Abdulaziz  # gaz 2026-11-29 king
alias SA leader [2015-01-23..] : King Salman | Salman bin Abdulaziz | King Salman bin Abdulaziz  # gaz 2026-11-29 king
alias SA leader [2015-01-23..] : Mohammed bin Salman | Mohammad bin Salman | Muhammad bin Salman | =MBS | Crown Prince Mohammed  # gaz 2026-11-29 defence minister 2015, crown prince since 2017-06-21, prime minister since 2022-09-27
alias SA minister [2015-04-29..2018-12-27] : Adel al-Jubeir | Adel Jubeir  # gaz 2026-11-29 foreign minister (later minister of state)
alias SA minister [2019-10-23..] : Faisal bin Farhan | Prince Faisal bin Farhan  # gaz 2026-11-29 foreign minister
alias AE leader [2004-11-03..2022-05-13] : Khalifa bin Zayed | Sheikh Khalifa  # gaz 2026-11-29 president
alias AE leader [2004-11-03..] : Mohamed bin Zayed | Mohammed bin Zayed | =MBZ | Sheikh Mohamed bin Zayed  # gaz 2026-11-29 Abu Dhabi crown prince, president since 2022-05-14
alias AE leader [2006-01-05..] : Mohammed bin Rashid | Sheikh Mohammed bin Rashid  # gaz 2026-11-29 vice president and prime minister, ruler of Dubai
alias AE minister [2006-02-09..] : Abdullah bin Zayed | Sheikh Abdullah bin Zayed  # gaz 2026-11-29 foreign minister
alias QA leader [2013-06-25..] : Tamim bin Hamad | Sheikh Tamim | Emir Tamim | Tamim bin Hamad Al Thani  # gaz 2026-11-29 emir
alias QA minister [2016-01-27..] : Mohammed bin Abdulrahman Al Thani | Mohammed bin Abdulrahman | Sheikh Mohammed bin Abdulrahman  # gaz 2026-11-29 foreign minister, also prime minister since 2023-03-07
alias EG leader [2012-08-12..] : Abdel Fattah al-Sisi | Abdel Fattah el-Sisi | Abdel-Fattah el-Sissi | ^Sisi | ^Sissi | el-Sisi | al-Sisi  # gaz 2026-11-29 defence minister, president since 2014-06-08
alias EG leader [2018-06-07..] : Mostafa Madbouly | Moustafa Madbouly | ^Madbouly  # gaz 2026-11-29 prime minister
alias EG minister [2014-06-17..2024-07-03] : Sameh Shoukry | ^Shoukry  # gaz 2026-11-29 foreign minister
alias EG minister [2024-07-03..] : Badr Abdelatty | Badr Abdel Aty  # gaz 2026-11-29 foreign minister
alias JO leader [1999-02-07..] : King Abdullah II | Abdullah II  # gaz 2026-11-29 king
alias JO minister [2017-01-15..] : Ayman Safadi  # gaz 2026-11-29 foreign minister
alias IQ leader [2014-09-08..2018-10-25] : Haider al-Abadi | Haidar al-Abadi  # gaz 2026-11-29 prime minister
alias IQ leader [2018-10-25..2020-05-07] : Adil Abdul-Mahdi | Adel Abdul Mahdi  # gaz 2026-11-29 prime minister
alias IQ leader [2020-05-07..2022-10-27] : Mustafa al-Kadhimi | Mustafa Kadhimi  # gaz 2026-11-29 prime minister
alias IQ leader [2022-10-27..] : Mohammed Shia al-Sudani | Mohammed Shia al Sudani  # gaz 2026-11-29 prime minister (after the 2025-11 election: review)
alias IQ minister [2020-06-06..] : Fuad Hussein  # gaz 2026-11-29 foreign minister
alias LB leader [2016-10-31..] : Michel Aoun | Joseph Aoun | President Aoun  # gaz 2026-11-29 presidents Michel Aoun 2016-10-31..2022-10-30 and Joseph Aoun since 2025-01-09 (army chief between)
alias LB leader [2016-12-18..2020-01-21] : Saad Hariri  # gaz 2026-11-29 prime minister
alias LB leader [2021-09-10..2025-02-08] : Najib Mikati  # gaz 2026-11-29 prime minister
alias LB leader [2025-02-08..] : Nawaf Salam  # gaz 2026-11-29 prime minister
alias OM leader [2020-01-11..] : Sultan Haitham | Haitham bin Tariq  # gaz 2026-11-29 sultan
alias OM minister [2020-08-18..] : Badr Albusaidi | Badr al-Busaidi  # gaz 2026-11-29 foreign minister
alias KW leader [2023-12-16..] : Sheikh Mishal al-Ahmad | Mishal al-Ahmad al-Jaber al-Sabah  # gaz 2026-11-29 emir
alias TR leader [2003-03-14..] : Recep Tayyip Erdogan | Recep Tayyip Erdoğan | Tayyip Erdogan | ^Erdogan | ^Erdoğan  # gaz 2026-11-29 prime minister 2003-2014, president since 2014-08-28
alias TR leader [2014-08-28..2016-05-24] : Ahmet Davutoglu | Ahmet Davutoğlu | ^Davutoglu  # gaz 2026-11-29 prime minister (foreign minister 2009-2014)
alias TR leader [2016-05-24..2018-07-09] : Binali Yildirim | Binali Yıldırım  # gaz 2026-11-29 prime minister
alias TR minister [2014-08-29..2023-06-04] : Mevlut Cavusoglu | Mevlüt Çavuşoğlu | ^Cavusoglu  # gaz 2026-11-29 foreign minister (except 2015-08-28..2015-11-24)
alias TR minister [2023-06-04..] : Hakan Fidan | ^Fidan  # gaz 2026-11-29 foreign minister (intelligence chief 2010-2023)

# Ukraine and Belarus.
alias UA leader [2010-02-25..2014-02-22] : Viktor Yanukovych | ^Yanukovych  # gaz 2026-11-29 president
alias UA leader [2014-06-07..2019-05-20] : Petro Poroshenko | ^Poroshenko  # gaz 2026-11-29 president
alias UA leader [2019-05-20..] : Volodymyr Zelensky | Volodymyr Zelenskyy | Volodymyr Zelenskiy | ^Zelensky | ^Zelenskyy | ^Zelenskiy  # gaz 2026-11-29 president
alias UA leader [2014-02-27..2016-04-14] : Arseniy Yatsenyuk | ^Yatsenyuk  # gaz 2026-11-29 prime minister
alias UA leader [2016-04-14..2019-08-29] : Volodymyr Groysman  # gaz 2026-11-29 prime minister
alias UA leader [2020-03-04..2025-07-17] : Denys Shmyhal | ^Shmyhal  # gaz 2026-11-29 prime minister
alias UA minister [2025-07-17..] : Denys Shmyhal | ^Shmyhal  # gaz 2026-11-29 defence minister
alias UA leader [2025-07-17..] : Yulia Svyrydenko | ^Svyrydenko  # gaz 2026-11-29 prime minister
alias UA minister [2014-06-19..2019-08-29] : Pavlo Klimkin  # gaz 2026-11-29 foreign minister
alias UA minister [2020-03-04..2024-09-05] : Dmytro Kuleba | ^Kuleba  # gaz 2026-11-29 foreign minister
alias UA minister [2024-09-05..] : Andrii Sybiha | Andriy Sybiha | ^Sybiha  # gaz 2026-11-29 foreign minister
alias UA minister [2020-02-11..] : Andriy Yermak | Andrii Yermak | ^Yermak  # gaz 2026-11-29 head of the presidential office (end not verified)
alias UA minister [2021-11-04..2023-09-05] : Oleksii Reznikov | Oleksiy Reznikov  # gaz 2026-11-29 defence minister
alias UA minister [2023-09-06..] : Rustem Umerov | ^Umerov  # gaz 2026-11-29 defence minister, then National Security Council secretary from 2025-07
alias BY leader [1994-07-20..] : Alexander Lukashenko | Aleksandr Lukashenko | Alyaksandr Lukashenka | ^Lukashenko | ^Lukashenka  # gaz 2026-11-29 president
alias BY minister [2012-08-20..2022-11-26] : Vladimir Makei | Uladzimir Makei  # gaz 2026-11-29 foreign minister
alias BY minister [2024-04..] : Maxim Ryzhenkov | Maksim Ryzhenkov  # gaz 2026-11-29 foreign minister (month)

# European Union and Europe-wide offices.
alias EU leader [2014-11-01..2019-11-30] : Jean-Claude Juncker | ^Juncker  # gaz 2026-11-29 Commission president
alias EU leader [2019-12-01..] : Ursula von der Leyen | von der Leyen  # gaz 2026-11-29 Commission president
alias EU leader [2014-12-01..2019-11-30] : Donald Tusk | ^Tusk  # gaz 2026-11-29 European Council president
alias EU leader [2019-12-01..2024-11-30] : Charles Michel  # gaz 2026-11-29 European Council president
alias EU leader [2024-12-01..] : António Costa | Antonio Costa  # gaz 2026-11-29 European Council president
alias EU minister [2014-11-01..2019-11-30] : Federica Mogherini | ^Mogherini  # gaz 2026-11-29 High Representative
alias EU minister [2019-12-01..2024-11-30] : Josep Borrell | ^Borrell  # gaz 2026-11-29 High Representative
alias EU minister [2024-12-01..] : Kaja Kallas | ^Kallas  # gaz 2026-11-29 High Representative
alias EU minister [2022-01-18..] : Roberta Metsola | ^Metsola  # gaz 2026-11-29 European Parliament president
alias EU minister [2016-10-01..2021-03-31] : Michel Barnier  # gaz 2026-11-29 Brexit chief negotiator
alias EU minister [2011-11-01..2019-10-31] : Mario Draghi  # gaz 2026-11-29 ECB president
alias EU minister [2019-11-01..] : Christine Lagarde | ^Lagarde  # gaz 2026-11-29 ECB president
alias IMF minister [2011-07-05..2019-09-12] : Christine Lagarde | ^Lagarde  # gaz 2026-11-29 IMF managing director
alias IMF minister [2019-10-01..] : Kristalina Georgieva | ^Georgieva  # gaz 2026-11-29 IMF managing director
alias WTO minister [2013-09-01..2020-08-31] : Roberto Azevedo | Roberto Azevêdo  # gaz 2026-11-29 WTO director-general
alias WTO minister [2021-03-01..] : Ngozi Okonjo-Iweala | ^Okonjo-Iweala  # gaz 2026-11-29 WTO director-general
alias WB minister [2019-04-09..2023-06-01] : David Malpass | ^Malpass  # gaz 2026-11-29 World Bank president
alias WB minister [2023-06-02..] : Ajay Banga  # gaz 2026-11-29 World Bank president
alias ICC minister [2021-06-16..] : Karim Khan | Karim A.A. Khan  # gaz 2026-11-29 ICC prosecutor (on leave from 2025-05)
alias AFU minister [2017-03-14..2025-02-15] : Moussa Faki Mahamat | Moussa Faki  # gaz 2026-11-29 AU Commission chairperson
alias AFU minister [2025-02-15..] : Mahmoud Ali Youssouf  # gaz 2026-11-29 AU Commission chairperson

# Germany.
alias DE leader [2005-11-22..2021-12-08] : Angela Merkel | ^Merkel  # gaz 2026-11-29 chancellor
alias DE leader [2021-12-08..2025-05-06] : Olaf Scholz | ^Scholz  # gaz 2026-11-29 chancellor (finance minister 2018-2021)
alias DE minister [2018-03-14..2021-12-08] : Olaf Scholz | ^Scholz  # gaz 2026-11-29 finance minister, vice chancellor
alias DE leader [2025-05-06..] : Friedrich Merz | ^Merz  # gaz 2026-11-29 chancellor
alias DE leader [2012-03-18..2017-03-18] : Joachim Gauck | ^Gauck  # gaz 2026-11-29 president
alias DE minister [2013-12-17..2017-01-27] : Frank-Walter Steinmeier | ^Steinmeier  # gaz 2026-11-29 foreign minister
alias DE leader [2017-03-19..] : Frank-Walter Steinmeier | ^Steinmeier  # gaz 2026-11-29 president
alias DE minister [2017-01-27..2018-03-14] : Sigmar Gabriel  # gaz 2026-11-29 foreign minister
alias DE minister [2018-03-14..2021-12-08] : Heiko Maas  # gaz 2026-11-29 foreign minister
alias DE minister [2021-12-08..2025-05-06] : Annalena Baerbock | ^Baerbock  # gaz 2026-11-29 foreign minister (UN General Assembly president from 2025-09)
alias DE minister [2025-05-06..] : Johann Wadephul | ^Wadephul  # gaz 2026-11-29 foreign minister
alias DE minister [2023-01-19..] : Boris Pistorius | ^Pistorius  # gaz 2026-11-29 defence minister
alias DE minister [2019-07-17..2021-12-08] : Annegret Kramp-Karrenbauer | Kramp-Karrenbauer  # gaz 2026-11-29 defence minister

# France.
alias FR leader [2012-05-15..2017-05-14] : François Hollande | Francois Hollande | ^Hollande  # gaz 2026-11-29 president
alias FR leader [2017-05-14..] : Emmanuel Macron | ^Macron  # gaz 2026-11-29 president (economy minister 2014-08-26..2016-08-30)
alias FR minister [2014-08-26..2017-05-14] : Emmanuel Macron | ^Macron  # gaz 2026-11-29 economy minister, then candidate
alias FR leader [2014-03-31..2016-12-06] : Manuel Valls  # gaz 2026-11-29 prime minister
alias FR leader [2016-12-06..2017-05-15] : Bernard Cazeneuve  # gaz 2026-11-29 prime minister
alias FR leader [2017-05-15..2020-07-03] : Edouard Philippe | Édouard Philippe  # gaz 2026-11-29 prime minister
alias FR leader [2020-07-03..2022-05-16] : Jean Castex  # gaz 2026-11-29 prime minister
alias FR leader [2022-05-16..2024-01-09] : Elisabeth Borne | Élisabeth Borne  # gaz 2026-11-29 prime minister
alias FR leader [2024-01-09..2024-09-05] : Gabriel Attal  # gaz 2026-11-29 prime minister
alias FR leader [2024-09-05..2024-12-13] : Michel Barnier  # gaz 2026-11-29 prime minister
alias FR leader [2024-12-13..2025-09-09] : François Bayrou | Francois Bayrou | ^Bayrou  # gaz 2026-11-29 prime minister
alias FR leader [2025-09-09..] : Sébastien Lecornu | Sebastien Lecornu | ^Lecornu  # gaz 2026-11-29 prime minister (resigned and reappointed 2025-10; defence minister 2022-2025)
alias FR minister [2022-05-20..2025-09-09] : Sébastien Lecornu | Sebastien Lecornu | ^Lecornu  # gaz 2026-11-29 armed forces minister
alias FR minister [2012-05-16..2016-02-11] : Laurent Fabius | ^Fabius  # gaz 2026-11-29 foreign minister
alias FR minister [2016-02-11..2017-05-17] : Jean-Marc Ayrault  # gaz 2026-11-29 foreign minister
alias FR minister [2017-05-17..2022-05-20] : Jean-Yves Le Drian  # gaz 2026-11-29 foreign minister (defence 2012-2017)
alias FR minister [2022-05-20..2024-01-11] : Catherine Colonna  # gaz 2026-11-29 foreign minister
alias FR minister [2024-01-11..2024-09-21] : Stéphane Séjourné | Stephane Sejourne  # gaz 2026-11-29 foreign minister
alias FR minister [2024-09-21..] : Jean-Noël Barrot | Jean-Noel Barrot  # gaz 2026-11-29 foreign minister

# United Kingdom.
alias GB leader [2010-05-11..2016-07-13] : David Cameron  # gaz 2026-11-29 prime minister
alias GB minister [2023-11-13..2024-07-05] : David Cameron | Lord Cameron  # gaz 2026-11-29 foreign secretary
alias GB leader [2016-07-13..2019-07-24] : Theresa May  # gaz 2026-11-29 prime minister
alias GB minister [2016-07-13..2018-07-09] : Boris Johnson  # gaz 2026-11-29 foreign secretary
alias GB leader [2019-07-24..2022-09-06] : Boris Johnson  # gaz 2026-11-29 prime minister
alias GB minister [2021-09-15..2022-09-06] : Liz Truss | ^Truss  # gaz 2026-11-29 foreign secretary
alias GB leader [2022-09-06..2022-10-25] : Liz Truss | ^Truss  # gaz 2026-11-29 prime minister
alias GB leader [2022-10-25..2024-07-05] : Rishi Sunak | ^Sunak  # gaz 2026-11-29 prime minister
alias GB leader [2024-07-05..] : Keir Starmer | ^Starmer  # gaz 2026-11-29 prime minister
alias GB minister [2014-07-15..2016-07-13] : Philip Hammond  # gaz 2026-11-29 foreign secretary
alias GB minister [2018-07-09..2019-07-24] : Jeremy Hunt  # gaz 2026-11-29 foreign secretary
alias GB minister [2019-07-24..2021-09-15] : Dominic Raab | ^Raab  # gaz 2026-11-29 foreign secretary
alias GB minister [2022-09-06..2023-11-13] : James Cleverly  # gaz 2026-11-29 foreign secretary
alias GB minister [2024-07-05..2025-09-05] : David Lammy | ^Lammy  # gaz 2026-11-29 foreign secretary
alias GB minister [2025-09-05..] : Yvette Cooper  # gaz 2026-11-29 foreign secretary
alias GB minister [2024-07-05..] : John Healey  # gaz 2026-11-29 defence secretary
alias GB leader [1952-02-06..2022-09-08] : Queen Elizabeth II | Queen Elizabeth | Elizabeth II  # gaz 2026-11-29 monarch
alias GB leader [2022-09-08..] : King Charles III | King Charles | Charles III  # gaz 2026-11-29 monarch

# Italy, Spain, Portugal, Greece, Netherlands, Belgium.
alias IT leader [2014-02-22..2016-12-12] : Matteo Renzi | ^Renzi  # gaz 2026-11-29 prime minister
alias IT leader [2016-12-12..2018-06-01] : Paolo Gentiloni  # gaz 2026-11-29 prime minister (foreign minister 2014-10-31..2016-12-12)
alias IT leader [2018-06-01..2021-02-13] : Giuseppe Conte  # gaz 2026-11-29 prime minister
alias IT leader [2021-02-13..2022-10-22] : Mario Draghi | ^Draghi  # gaz 2026-11-29 prime minister
alias IT leader [2022-10-22..] : Giorgia Meloni | ^Meloni  # gaz 2026-11-29 prime minister
alias IT leader [2015-02-03..] : Sergio Mattarella | ^Mattarella  # gaz 2026-11-29 president
alias IT minister [2019-09-05..2022-10-22] : Luigi Di Maio  # gaz 2026-11-29 foreign minister
alias IT minister [2022-10-22..] : Antonio Tajani | ^Tajani  # gaz 2026-11-29 foreign minister
alias ES leader [2011-12-21..2018-06-01] : Mariano Rajoy | ^Rajoy  # gaz 2026-11-29 prime minister
alias ES leader [2018-06-02..] : Pedro Sánchez | Pedro Sanchez  # gaz 2026-11-29 prime minister
alias ES minister [2021-07-12..] : José Manuel Albares | Jose Manuel Albares  # gaz 2026-11-29 foreign minister
alias PT leader [2015-11-26..2024-04-02] : António Costa | Antonio Costa  # gaz 2026-11-29 prime minister (then European Council president)
alias PT leader [2024-04-02..] : Luís Montenegro | Luis Montenegro  # gaz 2026-11-29 prime minister ("Montenegro" alone is ME)
alias GR leader [2015-01-26..2019-07-08] : Alexis Tsipras | ^Tsipras  # gaz 2026-11-29 prime minister
alias GR leader [2019-07-08..] : Kyriakos Mitsotakis | ^Mitsotakis  # gaz 2026-11-29 prime minister
alias NL leader [2010-10-14..2024-07-02] : Mark Rutte | ^Rutte  # gaz 2026-11-29 prime minister (NATO secretary general from 2024-10-01)
alias NL leader [2024-07-02..] : Dick Schoof  # gaz 2026-11-29 prime minister (after the 2025-10 election: review)
alias BE leader [2014-10-11..2019-10-27] : Charles Michel  # gaz 2026-11-29 prime minister
alias BE leader [2020-10-01..2025-02-03] : Alexander De Croo  # gaz 2026-11-29 prime minister
alias BE leader [2025-02-03..] : Bart De Wever  # gaz 2026-11-29 prime minister

# Central and Eastern Europe, the Caucasus, Central Asia.
alias PL leader [2007-11-16..2014-09-22] : Donald Tusk | ^Tusk  # gaz 2026-11-29 prime minister
alias PL leader [2023-12-13..] : Donald Tusk | ^Tusk  # gaz 2026-11-29 prime minister
alias PL leader [2015-08-06..2025-08-06] : Andrzej Duda | ^Duda  # gaz 2026-11-29 president
alias PL leader [2025-08-06..] : Karol Nawrocki | ^Nawrocki  # gaz 2026-11-29 president
alias PL leader [2015-11-16..2017-12-11] : Beata Szydlo | Beata Szydło  # gaz 2026-11-29 prime minister
alias PL leader [2017-12-11..2023-12-13] : Mateusz Morawiecki | ^Morawiecki  # gaz 2026-11-29 prime minister
alias PL minister [2020-08-26..2023-11-27] : Zbigniew Rau  # gaz 2026-11-29 foreign minister
alias PL minister [2023-12-13..] : Radoslaw Sikorski | Radosław Sikorski | ^Sikorski  # gaz 2026-11-29 foreign minister (also 2007-2014)
alias HU leader [2010-05-29..] : Viktor Orban | Viktor Orbán | ^Orban | ^Orbán  # gaz 2026-11-29 prime minister (2026-04 election result not verified here: review)
alias HU minister [2014-09-23..] : Peter Szijjarto | Péter Szijjártó | ^Szijjarto  # gaz 2026-11-29 foreign minister (same caveat)
alias SK leader [2023-10-25..] : Robert Fico | ^Fico  # gaz 2026-11-29 prime minister (also 2006-2010, 2012-2018)
alias CZ leader [2023-03-09..] : Petr Pavel  # gaz 2026-11-29 president
alias CZ leader [2021-11-28..2025-12] : Petr Fiala  # gaz 2026-11-29 prime minister (end month after the 2025-10 election, not verified)
alias RO leader [2014-12-21..2025-02-12] : Klaus Iohannis | ^Iohannis  # gaz 2026-11-29 president
alias RO leader [2025-05-26..] : Nicusor Dan | Nicușor Dan  # gaz 2026-11-29 president
alias MD leader [2020-12-24..] : Maia Sandu  # gaz 2026-11-29 president
alias RS leader [2014-04-27..] : Aleksandar Vucic | Aleksandar Vučić | ^Vucic | ^Vučić  # gaz 2026-11-29 prime minister, president since 2017-05-31
alias GE leader [2018-12-16..2024-12-29] : Salome Zourabichvili | ^Zourabichvili  # gaz 2026-11-29 president
alias GE leader [2024-12-29..] : Mikheil Kavelashvili | ^Kavelashvili  # gaz 2026-11-29 president
alias GE leader [2024-02-08..] : Irakli Kobakhidze | ^Kobakhidze  # gaz 2026-11-29 prime minister
alias AM leader [2018-05-08..] : Nikol Pashinyan | ^Pashinyan  # gaz 2026-11-29 prime minister
alias AZ leader [2003-10-31..] : Ilham Aliyev | ^Aliyev  # gaz 2026-11-29 president
alias KZ leader [2019-03-20..] : Kassym-Jomart Tokayev | ^Tokayev  # gaz 2026-11-29 president
alias UZ leader [2016-09-08..] : Shavkat Mirziyoyev | ^Mirziyoyev  # gaz 2026-11-29 president
alias FI leader [2012-03-01..2024-03-01] : Sauli Niinisto | Sauli Niinistö | ^Niinisto  # gaz 2026-11-29 president
alias FI leader [2024-03-01..] : Alexander Stubb | ^Stubb  # gaz 2026-11-29 president
alias SE leader [2022-10-18..] : Ulf Kristersson | ^Kristersson  # gaz 2026-11-29 prime minister
alias NO leader [2021-10-14..] : Jonas Gahr Store | Jonas Gahr Støre  # gaz 2026-11-29 prime minister
alias DK leader [2019-06-27..] : Mette Frederiksen  # gaz 2026-11-29 prime minister
alias DK minister [2022-12-15..] : Lars Lokke Rasmussen | Lars Løkke Rasmussen  # gaz 2026-11-29 foreign minister
alias EE leader [2021-01-26..2024-07-23] : Kaja Kallas | ^Kallas  # gaz 2026-11-29 prime minister

# The Americas.
alias CA leader [2006-02-06..2015-11-04] : Stephen Harper  # gaz 2026-11-29 prime minister
alias CA leader [2015-11-04..2025-03-14] : Justin Trudeau | ^Trudeau  # gaz 2026-11-29 prime minister
alias CA leader [2025-03-14..] : Mark Carney | ^Carney  # gaz 2026-11-29 prime minister
alias CA minister [2017-01-10..2019-11-20] : Chrystia Freeland | ^Freeland  # gaz 2026-11-29 foreign minister (deputy PM/finance 2019-2024)
alias CA minister [2021-10-26..2025-05-13] : Mélanie Joly | Melanie Joly  # gaz 2026-11-29 foreign minister
alias CA minister [2025-05-13..] : Anita Anand  # gaz 2026-11-29 foreign minister
alias MX leader [2012-12-01..2018-11-30] : Enrique Peña Nieto | Enrique Pena Nieto | Peña Nieto | Pena Nieto  # gaz 2026-11-29 president
alias MX leader [2018-12-01..2024-09-30] : Andrés Manuel López Obrador | Andres Manuel Lopez Obrador | López Obrador | Lopez Obrador | =AMLO  # gaz 2026-11-29 president
alias MX leader [2024-10-01..] : Claudia Sheinbaum | ^Sheinbaum  # gaz 2026-11-29 president
alias MX minister [2018-12-01..2023-06] : Marcelo Ebrard  # gaz 2026-11-29 foreign minister (economy minister from 2024-10)
alias BR leader [2003-01-01..2010-12-31] : Luiz Inácio Lula da Silva | Luiz Inacio Lula da Silva | Lula da Silva | ^Lula  # gaz 2026-11-29 president
alias BR leader [2023-01-01..] : Luiz Inácio Lula da Silva | Luiz Inacio Lula da Silva | Lula da Silva | ^Lula  # gaz 2026-11-29 president
alias BR leader [2011-01-01..2016-08-31] : Dilma Rousseff | ^Rousseff  # gaz 2026-11-29 president
alias BR leader [2016-05-12..2018-12-31] : Michel Temer | ^Temer  # gaz 2026-11-29 president (acting from 2016-05-12)
alias BR leader [2019-01-01..2022-12-31] : Jair Bolsonaro | ^Bolsonaro  # gaz 2026-11-29 president
alias BR minister [2023-01-01..] : Mauro Vieira  # gaz 2026-11-29 foreign minister (also 2015-2016)
alias BR minister [2023-01-01..] : Celso Amorim  # gaz 2026-11-29 chief foreign-policy adviser
alias AR leader [2007-12-10..2015-12-10] : Cristina Fernández de Kirchner | Cristina Fernandez de Kirchner | Cristina Kirchner  # gaz 2026-11-29 president
alias AR leader [2015-12-10..2019-12-10] : Mauricio Macri | ^Macri  # gaz 2026-11-29 president
alias AR leader [2019-12-10..2023-12-10] : Alberto Fernández | Alberto Fernandez  # gaz 2026-11-29 president
alias AR leader [2023-12-10..] : Javier Milei | ^Milei  # gaz 2026-11-29 president
alias VE leader [1999-02-02..2013-03-05] : Hugo Chávez | Hugo Chavez  # gaz 2026-11-29 president
alias VE leader [2013-04-19..] : Nicolás Maduro | Nicolas Maduro | ^Maduro  # gaz 2026-11-29 president (acting from 2013-03-05); in office at last check, later events not verified
alias VE minister [2014-12-26..] : Delcy Rodríguez | Delcy Rodriguez  # gaz 2026-11-29 foreign minister 2014-2017, vice president since 2018-06-14
alias VE minister [2023-04..] : Yván Gil | Yvan Gil  # gaz 2026-11-29 foreign minister (month)
alias CO leader [2018-08-07..2022-08-07] : Iván Duque | Ivan Duque  # gaz 2026-11-29 president
alias CO leader [2022-08-07..2026-08-07] : Gustavo Petro | ^Petro  # gaz 2026-11-29 president (term ends 2026-08-07; successor not verified here)
alias CL leader [2022-03-11..2026-03-11] : Gabriel Boric | ^Boric  # gaz 2026-11-29 president (term ends 2026-03-11; successor not verified here)
alias CU leader [2018-04-19..] : Miguel Díaz-Canel | Miguel Diaz-Canel | Díaz-Canel | Diaz-Canel  # gaz 2026-11-29 president
alias EC leader [2023-11-23..] : Daniel Noboa | ^Noboa  # gaz 2026-11-29 president
alias SV leader [2019-06-01..] : Nayib Bukele | ^Bukele  # gaz 2026-11-29 president
alias PA leader [2024-07-01..] : José Raúl Mulino | Jose Raul Mulino  # gaz 2026-11-29 president
alias NI leader [2007-01-10..] : Daniel Ortega  # gaz 2026-11-29 president

# Asia and Oceania.
alias ID leader [2014-10-20..2024-10-20] : Joko Widodo | ^Jokowi  # gaz 2026-11-29 president
alias ID leader [2024-10-20..] : Prabowo Subianto | ^Prabowo  # gaz 2026-11-29 president (defence minister 2019-10-23..2024-10-20)
alias ID minister [2019-10-23..2024-10-20] : Prabowo Subianto | ^Prabowo  # gaz 2026-11-29 defence minister
alias ID minister [2014-10-27..2024-10-20] : Retno Marsudi  # gaz 2026-11-29 foreign minister
alias VN leader [2011-01-19..2024-07-19] : Nguyen Phu Trong | Nguyễn Phú Trọng  # gaz 2026-11-29 party general secretary
alias VN leader [2024-05-22..] : ^To Lam | Tô Lâm  # gaz 2026-11-29 president 2024-05-22..2024-10-21, party general secretary since 2024-08-03
alias VN leader [2024-10-21..] : Luong Cuong | Lương Cường  # gaz 2026-11-29 president
alias VN leader [2016-04-07..2023-01-18] : Nguyen Xuan Phuc | Nguyễn Xuân Phúc  # gaz 2026-11-29 prime minister, then president from 2021-04-05
alias VN leader [2023-03-02..2024-03-21] : Vo Van Thuong | Võ Văn Thưởng  # gaz 2026-11-29 president
alias VN leader [2021-04-05..] : Pham Minh Chinh | Phạm Minh Chính  # gaz 2026-11-29 prime minister
alias VN minister [2011-08-03..2021-04-08] : Pham Binh Minh | Phạm Bình Minh  # gaz 2026-11-29 foreign minister
alias VN minister [2021-04-08..] : Bui Thanh Son | Bùi Thanh Sơn  # gaz 2026-11-29 foreign minister
alias PH leader [2010-06-30..2016-06-30] : Benigno Aquino III | Benigno Aquino | Noynoy Aquino  # gaz 2026-11-29 president
alias PH leader [2016-06-30..] : Rodrigo Duterte | Sara Duterte | ^Duterte  # gaz 2026-11-29 Rodrigo president 2016-06-30..2022-06-30, Sara vice president since 2022-06-30
alias PH leader [2022-06-30..] : Ferdinand Marcos Jr. | Ferdinand Marcos Jr | Bongbong Marcos | Marcos Jr. | Marcos Jr | President Marcos  # gaz 2026-11-29 president
alias PH minister [2018-10-17..2022-06-30] : Teodoro Locsin | Teodoro Locsin Jr.  # gaz 2026-11-29 foreign secretary
alias PH minister [2022-07-01..2025-06] : Enrique Manalo  # gaz 2026-11-29 foreign secretary (end month)
alias PH minister [2025-07..] : Theresa Lazaro  # gaz 2026-11-29 foreign secretary (start month)
alias PH minister [2023-06-05..] : Gilberto Teodoro | Gibo Teodoro  # gaz 2026-11-29 defence secretary
alias MY leader [2009-04-03..2018-05-10] : Najib Razak  # gaz 2026-11-29 prime minister
alias MY leader [2018-05-10..2020-03-01] : Mahathir Mohamad | ^Mahathir  # gaz 2026-11-29 prime minister
alias MY leader [2022-11-24..] : Anwar Ibrahim  # gaz 2026-11-29 prime minister
alias SG leader [2004-08-12..2024-05-15] : Lee Hsien Loong  # gaz 2026-11-29 prime minister
alias SG leader [2024-05-15..] : Lawrence Wong  # gaz 2026-11-29 prime minister
alias SG minister [2015-10-01..] : Vivian Balakrishnan  # gaz 2026-11-29 foreign minister
alias TH leader [2014-05-22..2023-08-22] : Prayut Chan-o-cha | Prayuth Chan-ocha | ^Prayut | ^Prayuth  # gaz 2026-11-29 junta leader, then prime minister
alias TH leader [2023-08-22..2024-08-14] : Srettha Thavisin | ^Srettha  # gaz 2026-11-29 prime minister
alias TH leader [2024-08-16..2025-08-29] : Paetongtarn Shinawatra | ^Paetongtarn  # gaz 2026-11-29 prime minister (suspended from 2025-07-01)
alias TH leader [2025-09-07..] : Anutin Charnvirakul | ^Anutin  # gaz 2026-11-29 prime minister
alias KH leader [1985-01-14..2023-08-22] : Hun Sen  # gaz 2026-11-29 prime minister (Senate president after)
alias KH leader [2023-08-22..] : Hun Manet  # gaz 2026-11-29 prime minister
alias MM leader [2016-04-06..2021-02-01] : Aung San Suu Kyi | Suu Kyi  # gaz 2026-11-29 state counsellor
alias MM leader [2021-02-01..] : Min Aung Hlaing  # gaz 2026-11-29 junta leader
alias BD leader [2009-01-06..2024-08-05] : Sheikh Hasina  # gaz 2026-11-29 prime minister
alias BD leader [2024-08-08..] : Muhammad Yunus  # gaz 2026-11-29 chief adviser of the interim government (after the 2026 election: review)
alias LK leader [2024-09-23..] : Anura Kumara Dissanayake  # gaz 2026-11-29 president
alias MN leader [2021-06-25..] : Ukhnaagiin Khurelsukh | ^Khurelsukh  # gaz 2026-11-29 president
alias AU leader [2013-09-18..2015-09-15] : Tony Abbott  # gaz 2026-11-29 prime minister
alias AU leader [2015-09-15..2018-08-24] : Malcolm Turnbull | ^Turnbull  # gaz 2026-11-29 prime minister
alias AU leader [2018-08-24..2022-05-23] : Scott Morrison  # gaz 2026-11-29 prime minister
alias AU leader [2022-05-23..] : Anthony Albanese | ^Albanese  # gaz 2026-11-29 prime minister
alias AU minister [2013-09-18..2018-08-26] : Julie Bishop  # gaz 2026-11-29 foreign minister
alias AU minister [2018-08-26..2022-05-23] : Marise Payne  # gaz 2026-11-29 foreign minister
alias AU minister [2022-05-23..] : Penny Wong  # gaz 2026-11-29 foreign minister
alias AU minister [2022-05-23..] : Richard Marles | ^Marles  # gaz 2026-11-29 deputy PM, defence minister
alias NZ leader [2023-11-27..] : Christopher Luxon | ^Luxon  # gaz 2026-11-29 prime minister
alias NZ leader [2017-10-26..2023-01-25] : Jacinda Ardern | ^Ardern  # gaz 2026-11-29 prime minister

# Africa.
alias ZA leader [2009-05-09..2018-02-14] : Jacob Zuma | ^Zuma  # gaz 2026-11-29 president
alias ZA leader [2018-02-15..] : Cyril Ramaphosa | ^Ramaphosa  # gaz 2026-11-29 president
alias ZA minister [2019-05-30..2024-06-30] : Naledi Pandor | ^Pandor  # gaz 2026-11-29 international relations minister
alias ZA minister [2024-07-03..] : Ronald Lamola | ^Lamola  # gaz 2026-11-29 international relations minister
alias NG leader [2015-05-29..2023-05-29] : Muhammadu Buhari | ^Buhari  # gaz 2026-11-29 president
alias NG leader [2023-05-29..] : Bola Tinubu | Bola Ahmed Tinubu | ^Tinubu  # gaz 2026-11-29 president
alias ET leader [2018-04-02..] : Abiy Ahmed | Abiy Ahmed Ali | ^Abiy  # gaz 2026-11-29 prime minister
alias KE leader [2013-04-09..2022-09-13] : Uhuru Kenyatta  # gaz 2026-11-29 president
alias KE leader [2022-09-13..] : William Ruto | ^Ruto  # gaz 2026-11-29 president
alias DZ leader [2019-12-19..] : Abdelmadjid Tebboune | ^Tebboune  # gaz 2026-11-29 president
alias MA leader [1999-07-23..] : King Mohammed VI | Mohammed VI  # gaz 2026-11-29 king
alias CD leader [2019-01-24..] : Félix Tshisekedi | Felix Tshisekedi | ^Tshisekedi  # gaz 2026-11-29 president
alias CD leader [2001-01-26..2019-01-24] : Joseph Kabila  # gaz 2026-11-29 president
alias CG leader [1997-10-25..] : Denis Sassou Nguesso | Sassou Nguesso  # gaz 2026-11-29 president
alias RW leader [2000-03-24..] : Paul Kagame | ^Kagame  # gaz 2026-11-29 president
alias UG leader [1986-01-29..] : Yoweri Museveni | ^Museveni  # gaz 2026-11-29 president
alias TZ leader [2021-03-19..] : Samia Suluhu Hassan | Samia Suluhu  # gaz 2026-11-29 president
alias SD leader [2019-04-12..] : Abdel Fattah al-Burhan | Abdel-Fattah Burhan | al-Burhan  # gaz 2026-11-29 army chief, head of the Sovereignty Council (the RSF is an armed group: not listed)
alias SO leader [2022-05-23..] : Hassan Sheikh Mohamud  # gaz 2026-11-29 president (also 2012-2017)
alias NE leader [2023-07-26..] : Abdourahamane Tchiani | Abdourahamane Tiani | ^Tchiani | ^Tiani  # gaz 2026-11-29 junta leader
alias ML leader [2021-05-24..] : Assimi Goita | Assimi Goïta | ^Goita  # gaz 2026-11-29 junta leader
alias BF leader [2022-09-30..] : Ibrahim Traore | Ibrahim Traoré  # gaz 2026-11-29 junta leader
alias TD leader [2021-04-20..] : Mahamat Idriss Deby | Mahamat Idriss Déby | Mahamat Deby  # gaz 2026-11-29 transitional president, president since 2024-05-23
alias SN leader [2024-04-02..] : Bassirou Diomaye Faye  # gaz 2026-11-29 president
alias GH leader [2017-01-07..2025-01-07] : Nana Akufo-Addo | ^Akufo-Addo  # gaz 2026-11-29 president
alias GH leader [2025-01-07..] : John Mahama | John Dramani Mahama  # gaz 2026-11-29 president (also 2012-2017)
alias ZW leader [2017-11-24..] : Emmerson Mnangagwa | ^Mnangagwa  # gaz 2026-11-29 president
alias AO leader [2017-09-26..] : João Lourenço | Joao Lourenco  # gaz 2026-11-29 president
alias CM leader [1982-11-06..] : Paul Biya  # gaz 2026-11-29 president
alias ER leader [1993-05-24..] : Isaias Afwerki | ^Afwerki  # gaz 2026-11-29 president
